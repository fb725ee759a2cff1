import {
  CloudAdapter,
  TeamsActivityHandler,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  type InvokeResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConfiguration,
  BotFrameworkAuthenticationFactory,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  ServiceClientCredentialsFactory,
  type AuthenticateRequestResult,
  type ServiceClientCredentials,
} from 'botframework-connector';
import type { JWTPayload } from 'jose';
import type { TeamsActivity } from './teams-activity.ts';
import type { TeamsEvents } from './teams-events.ts';
import { BOT_FRAMEWORK_SCOPE, type TeamsTokenProvider } from './teams-token-provider.ts';
import { BOT_FRAMEWORK_ISSUER } from './verify-teams-token.ts';

/**
 * The one file that knows the Bot Framework SDK (botbuilder 4.23): a CloudAdapter runs each
 * verified activity through a TeamsActivityHandler, which hands it to the SDK-independent
 * TeamsEvents and returns their invoke answers. Authentication happened before (verify-teams-
 * token.ts, on jose), so the adapter gets the verified claims; the SDK never makes an outbound
 * call of its own: every message goes through the outbox and teams-connector.ts. Moving to the
 * Microsoft 365 Agents SDK (the same Activity protocol) means rewriting this file only.
 */
export interface TeamsBinding {
  /** Runs a verified activity; resolves to the HTTP answer (an invoke's body, or 200 with none). */
  run(activity: TeamsActivity, claims: JWTPayload): Promise<{ status: number; body?: unknown }>;
}

/** Credentials for the SDK's own clients (never used to send: the outbox does), from our token provider. */
class TokenCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly appId: string,
    private readonly tokens: TeamsTokenProvider,
  ) {
    super();
  }
  override async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }
  override async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  override async createCredentials(): Promise<ServiceClientCredentials> {
    const tokens = this.tokens;
    return {
      async signRequest(webResource) {
        webResource.headers.set('authorization', `Bearer ${await tokens.token()}`);
        return webResource;
      },
    };
  }
}

class TokenConnectorFactory extends ConnectorFactory {
  constructor(private readonly credentials: TokenCredentialsFactory) {
    super();
  }
  override async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(await this.credentials.createCredentials(), { baseUri: serviceUrl });
  }
}

/** A CloudAdapter that runs an activity whose request was authenticated already. */
class VerifiedCloudAdapter extends CloudAdapter {
  runVerified(result: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(result, activity, logic);
  }
}

/** The SDK's dispatch of Teams activities onto TeamsEvents. */
class Handler extends TeamsActivityHandler {
  constructor(
    private readonly events: TeamsEvents,
    private readonly current: () => TeamsActivity,
  ) {
    super();
    this.onMessage(async (context, next) => {
      const say = await this.events.message(this.current());
      if (say) await context.sendActivity(say);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id)) await this.events.installed(this.current());
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(_context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const answer = await this.events.cardAction(this.current(), { verb: value.action.verb, data: value.action.data });
    // The SDK types the value loosely per answer type; ours says exactly which it is.
    return { statusCode: 200, type: answer.type, value: answer.value as AdaptiveCardInvokeResponse['value'] };
  }

  /** The SDK answers an invoke it has no handler for with a bare 501; Teams gets a clear answer instead. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    return { status: 200, body: { statusCode: 200, ...this.events.unsupportedInvoke(this.current()) } };
  }

  protected override async handleTeamsFileConsentAccept(_context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.events.fileConsent(this.current(), { action: response.action, context: response.context, uploadInfo: response.uploadInfo });
  }

  protected override async handleTeamsFileConsentDecline(_context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.events.fileConsent(this.current(), { action: response.action, context: response.context, uploadInfo: response.uploadInfo });
  }

  protected override async handleTeamsTaskModuleFetch(_context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    return (await this.events.taskFetch(this.current(), request.data)) as TaskModuleResponse;
  }

  protected override async handleTeamsTaskModuleSubmit(_context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    return (await this.events.taskSubmit(this.current(), request.data)) as TaskModuleResponse;
  }
}

export function createTeamsBinding(deps: { appId: string; tokens: TeamsTokenProvider; openIdMetadataUrl: string; events: TeamsEvents }): TeamsBinding {
  const credentials = new TokenCredentialsFactory(deps.appId, deps.tokens);
  const connectors = new TokenConnectorFactory(credentials);
  // Parameterized so that nothing points at the public cloud's defaults; the SDK only builds
  // (never calls) its user-token client from it.
  const authentication = BotFrameworkAuthenticationFactory.create(
    '',
    true,
    'https://login.microsoftonline.com/botframework.com',
    BOT_FRAMEWORK_SCOPE,
    BOT_FRAMEWORK_ISSUER,
    'https://api.botframework.com',
    deps.openIdMetadataUrl,
    deps.openIdMetadataUrl,
    'urn:botframework:azure',
    credentials,
    new AuthenticationConfiguration(),
  );
  const adapter = new VerifiedCloudAdapter(authentication);
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  return {
    async run(activity, claims) {
      const handler = new Handler(deps.events, () => activity);
      const result: AuthenticateRequestResult = {
        audience: BOT_FRAMEWORK_SCOPE,
        callerId: 'urn:botframework:azure',
        claimsIdentity: new ClaimsIdentity(
          Object.entries(claims).map(([type, value]) => ({ type, value: String(value) })),
          true,
        ),
        connectorFactory: connectors,
      };
      // The SDK's Activity type is the same protocol shape, checked by zod on the way in.
      const invoke = await adapter.runVerified(result, activity as unknown as Activity, (context) => handler.run(context));
      return invoke ? { status: invoke.status, body: invoke.body } : { status: 200 };
    },
  };
}
