/**
 * A minimal typed model of the Adaptive Card elements the Teams renderers use (schema 1.5,
 * https://adaptivecards.io/explorer/). Only the properties the bot sets are modelled, so a typo in
 * a renderer is a type error rather than a card Teams silently renders differently. Kept free of
 * botbuilder: the binding attaches these objects as `application/vnd.microsoft.card.adaptive`.
 */

/** Values that survive JSON as they are: what action data may carry. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

/** What every body element may carry. */
interface ElementBase {
  /** Unique in the card: the target of Action.ToggleVisibility and the key of an input's value. */
  id?: string;
  isVisible?: boolean;
  spacing?: Spacing;
  separator?: boolean;
}

/** Text with Teams' markdown subset: everything from outside goes through escapeTeamsMarkdown. */
export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  fontType?: 'Default' | 'Monospace';
  style?: 'default' | 'heading';
}

/** A run of a RichTextBlock: shown as it is, markdown is not interpreted (hence copyable code). */
export interface TextRun {
  type: 'TextRun';
  text: string;
  fontType?: 'Default' | 'Monospace';
  weight?: TextWeight;
  isSubtle?: boolean;
  italic?: boolean;
  color?: TextColor;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Fact[];
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
}

export interface Column {
  type: 'Column';
  items: CardElement[];
  width?: 'auto' | 'stretch' | number;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

export interface InputText extends ElementBase {
  type: 'Input.Text';
  /** Required for inputs: the key of the value in the submitted data. */
  id: string;
  label?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  isRequired?: boolean;
  errorMessage?: string;
  value?: string;
}

export type CardElement = TextBlock | RichTextBlock | FactSet | Container | ColumnSet | ActionSet | InputText;

export type ActionStyle = 'default' | 'positive' | 'destructive';

interface ActionBase {
  title: string;
  id?: string;
  style?: ActionStyle;
  tooltip?: string;
}

/** Universal Action: Teams sends an `adaptiveCard/action` invoke; the answer may replace the card. */
export interface ExecuteAction extends ActionBase {
  type: 'Action.Execute';
  verb: string;
  data: JsonObject;
  associatedInputs?: 'auto' | 'none';
}

export interface SubmitAction extends ActionBase {
  type: 'Action.Submit';
  data: JsonObject;
  associatedInputs?: 'auto' | 'none';
}

export interface ToggleVisibilityAction extends ActionBase {
  type: 'Action.ToggleVisibility';
  targetElements: (string | { elementId: string; isVisible?: boolean })[];
}

export interface ShowCardAction extends ActionBase {
  type: 'Action.ShowCard';
  card: AdaptiveCard;
}

export interface OpenUrlAction extends ActionBase {
  type: 'Action.OpenUrl';
  url: string;
}

export type CardAction = ExecuteAction | SubmitAction | ToggleVisibilityAction | ShowCardAction | OpenUrlAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  /** Shown by clients that cannot render the card (markdown, so escaped like any text). */
  fallbackText?: string;
  /** Teams only: `Full` lets a wide card (the helpdesk's) use the whole message column. */
  msteams?: { width: 'Full' };
}
