import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function appTlsVerdict({ allowlist }: VerdictContext): VerdictBody {
  return {
    headline: 'The network inspects the app’s encrypted traffic (SSL/TLS inspection)',
    summary:
      '"Network configuration issue" or a wrong SSL certificate in the app usually means a corporate filter is intercepting ' +
      'the TLS connection to OpenAI. The service itself is fine.',
    steps: [
      'Update the app to the latest version.',
      'Meanwhile, use ChatGPT on the web at https://chatgpt.com.',
      `Ask IT whether SSL/TLS inspection (decryption) should be disabled for the public OpenAI domains: ${allowlist.minimum.join(', ')}.`,
      'To confirm, try the app on a network without inspection, such as a phone hotspot with the VPN off.',
    ],
    stopWhen: 'The web works for you and IT has the SSL-inspection request.',
  };
}
