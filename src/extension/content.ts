// Content script (placeholder of the Foundation issue): answers the popup with the page's status.
import { handleMessages } from './messages.js';
import { emptyPageState } from '../shared/types.js';

handleMessages({
  getStatus: () => ({ ...emptyPageState(location.href, document.title), state: 'idle' }),
});
