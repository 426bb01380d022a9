// Content script (placeholder of the Foundation issue): marks that it ran and answers the popup.
import { handleMessages } from './messages.js';

document.documentElement.dataset.whosaid = 'ready';
handleMessages({
  getStatus: () => ({ ready: true, url: location.href, title: document.title }),
});
