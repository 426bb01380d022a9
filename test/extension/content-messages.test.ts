// The content script's messaging on the native API (no polyfill): which
// namespace it picks, answering through sendResponse, and failures carried
// back as rejections in both directions.
import { strict as assert } from 'node:assert';
import { FakeEvent } from './fake-browser.js';
import { findContentApi, type ContentApi, type NativeMessageListener } from '../../src/extension/content-api.js';
import { handleContentMessages, sendToBackground } from '../../src/extension/content-messages.js';
import { errorReply, unwrapReply } from '../../src/extension/message-map.js';
import { emptyPageState } from '../../src/shared/types.js';

const ID = 'whosaid-test-id';

function fakeApi(sendMessage: (m: unknown) => Promise<unknown> = async () => undefined) {
  const onMessage = new FakeEvent<NativeMessageListener>();
  const api = { runtime: { id: ID, getURL: (p: string) => p, sendMessage, onMessage } } as unknown as ContentApi;
  return { api, onMessage };
}

/** Delivers a message as the browser would; resolves with what the listener sent back (or 'no answer'). */
function deliver(onMessage: FakeEvent<NativeMessageListener>, message: unknown, senderId = ID): { returned: unknown; answer: Promise<unknown> } {
  let answered: (v: unknown) => void = () => undefined;
  const answer = new Promise((r) => { answered = r; });
  const [returned] = onMessage.fire(message, { id: senderId }, answered);
  if (returned !== true) answered('no answer');
  return { returned, answer };
}

describe('content script API (native, no polyfill)', () => {
  it("takes Firefox's browser namespace when it has a runtime id", () => {
    const browser = { runtime: { id: ID } };
    const chrome = { runtime: { id: ID } };
    assert.equal(findContentApi({ browser, chrome }), browser);
  });

  it("falls back to Chromium's chrome namespace", () => {
    const chrome = { runtime: { id: ID } };
    assert.equal(findContentApi({ chrome }), chrome);
  });

  it('ignores a page element named "browser" (no runtime id)', () => {
    const chrome = { runtime: { id: ID } };
    assert.equal(findContentApi({ browser: {} as { runtime?: { id?: unknown } }, chrome }), chrome);
  });

  it('fails plainly outside an extension', () => {
    assert.throws(() => findContentApi({}), /no extension API/);
  });
});

describe('content script messaging', () => {
  it('answers through sendResponse and keeps the channel open (return true)', async () => {
    const { api, onMessage } = fakeApi();
    const state = emptyPageState('https://news.example/a', 'A');
    handleContentMessages({ getStatus: () => state, step: async ({ direction }) => ({ ok: true, id: direction }) }, api);
    const status = deliver(onMessage, { whosaid: 'getStatus', payload: {} });
    assert.equal(status.returned, true);
    assert.deepEqual(await status.answer, state);
    assert.deepEqual(await deliver(onMessage, { whosaid: 'step', payload: { direction: -1 } }).answer, { ok: true, id: -1 });
  });

  it('never returns a Promise to the browser (Chromium would drop the answer)', () => {
    const { api, onMessage } = fakeApi();
    handleContentMessages({ runAnyway: async () => emptyPageState('u', 't') }, api);
    const { returned } = deliver(onMessage, { whosaid: 'runAnyway', payload: {} });
    assert.equal(returned, true);
  });

  it('leaves foreign shapes, other extensions and unhandled names unanswered', async () => {
    const { api, onMessage } = fakeApi();
    handleContentMessages({ getStatus: () => emptyPageState('u', 't') }, api);
    for (const [message, sender] of [['hello', ID], [{ whosaid: 'getStatus', payload: {} }, 'someone-else'], [{ whosaid: 'step', payload: { direction: 1 } }, ID]] as const) {
      const d = deliver(onMessage, message, sender);
      assert.equal(d.returned, undefined);
      assert.equal(await d.answer, 'no answer');
    }
  });

  it("sends a handler's failure back, and the sender's side rejects with its message", async () => {
    const { api, onMessage } = fakeApi();
    handleContentMessages({
      runAnyway: async () => { throw new Error('page layer failed to load'); },
      setEnabled: () => { throw new Error('synchronous failure'); },
    }, api);
    const reply = await deliver(onMessage, { whosaid: 'runAnyway', payload: {} }).answer;
    assert.throws(() => unwrapReply(reply), /page layer failed to load/);
    const sync = await deliver(onMessage, { whosaid: 'setEnabled', payload: { enabled: true } }).answer;
    assert.throws(() => unwrapReply(sync), /synchronous failure/);
  });

  it('sends an envelope to the background and resolves with its answer', async () => {
    const sent: unknown[] = [];
    const { api } = fakeApi(async (m) => { sent.push(m); return { ok: true }; });
    assert.deepEqual(await sendToBackground('pageState', emptyPageState('u', 't'), api), { ok: true });
    assert.deepEqual(sent, [{ whosaid: 'pageState', payload: emptyPageState('u', 't') }]);
  });

  it("rejects when the background's handler failed (the polyfill's error reply in Chromium)", async () => {
    const { api } = fakeApi(async () => errorReply(new Error('whosaid: analyze refused')));
    await assert.rejects(sendToBackground('analyze', { text: 'x' }, api), /analyze refused/);
  });
});
