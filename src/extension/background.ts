// Background (service worker in Chromium, event page in Firefox). Placeholder: answers a ping.
import { handleMessages } from './messages.js';

handleMessages({
  ping: () => ({ pong: true, at: Date.now() }),
});
