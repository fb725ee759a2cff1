import type { AskedFactId } from './fact-values.ts';
import type { Choice } from './types.ts';

export interface QuestionData {
  text: string;
  choices: Choice[];
  /** "How to test this", for the isolating tests. */
  help?: string;
}

/**
 * The questions of the asked facts. Yes/no questions are worded so that "yes" means "works", so a
 * free-text "yes" maps onto the first choice. `symptom` choices depend on the surface: see
 * symptom-questions.ts.
 */
export const QUESTIONS: Readonly<Record<Exclude<AskedFactId, 'symptom'>, QuestionData>> = {
  surface: {
    text: 'Where does ChatGPT fail for you?',
    choices: [
      { value: 'web', label: 'In a web browser (chatgpt.com)' },
      { value: 'desktop', label: 'In the desktop app (Mac or Windows)' },
      { value: 'mobile', label: 'In the phone app (iOS or Android)' },
      { value: 'api', label: 'In code calling the OpenAI API' },
    ],
  },
  clean_browser: {
    text: 'Does ChatGPT work in a private (incognito) window?',
    choices: [
      { value: 'works', label: 'Yes, it works there' },
      { value: 'fails', label: 'No, it fails there too' },
      { value: 'not_tried', label: "I haven't tried" },
    ],
    help:
      'Open a private window and sign in to chatgpt.com there. Chrome: Ctrl+Shift+N (Mac: ⌘+Shift+N). ' +
      'Edge: Ctrl+Shift+N for an InPrivate window (Mac: ⌘+Shift+N). Firefox: Ctrl+Shift+P (Mac: ⌘+Shift+P). ' +
      'Safari: ⌘+Shift+N. A private window runs without your cookies and most extensions, so it tells browser state apart from everything else.',
  },
  web_works: {
    text: 'Does ChatGPT work in a web browser on the same network?',
    choices: [
      { value: 'works', label: 'Yes, the web works' },
      { value: 'fails', label: 'No, the web fails too' },
    ],
    help:
      'On the same device and network, open https://chatgpt.com in a browser (a private window is best), sign in and try ' +
      'the same thing. If the web works, the service and the network are fine and the problem is in the app.',
  },
  network: {
    text: 'Which network are you on when it fails?',
    choices: [
      { value: 'office', label: 'Office / company Wi-Fi' },
      { value: 'vpn', label: 'Connected through a VPN' },
      { value: 'home', label: 'Home network' },
      { value: 'mobile_data', label: 'Mobile data' },
    ],
  },
  other_network: {
    text: 'Does ChatGPT work on another network, such as a phone hotspot?',
    choices: [
      { value: 'works', label: 'Yes, it works there' },
      { value: 'fails', label: 'No, it fails there too' },
      { value: 'not_tried', label: "I haven't tried" },
    ],
    help:
      "Turn on your phone's personal hotspot, connect the laptop to it and turn off the VPN, then reload chatgpt.com " +
      '(on a phone: switch Wi-Fi off and use mobile data). This takes the company network, its filters and the VPN out of the path in one step.',
  },
  api_health: {
    text: 'Do API calls from your organization still work right now?',
    choices: [
      { value: 'works', label: 'Yes, API calls work' },
      { value: 'fails', label: 'No, they fail too' },
      { value: 'unknown', label: "I don't know" },
    ],
    help:
      'Run `curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"` with a key of your organization: ' +
      'a list of models means the API works. No key at hand? Ask whoever runs your API integrations whether their calls succeed right now.',
  },
  retries: {
    text: 'Do retries of the failing request eventually succeed?',
    choices: [
      { value: 'intermittent', label: 'Yes, some retries succeed' },
      { value: 'persists', label: 'No, it keeps failing' },
    ],
  },
};
