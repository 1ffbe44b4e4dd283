// The embed example's script (doc/embed.md): loads CranioLab in the iframe with embed=1 and
// parentOrigin set to this page's origin, waits for `ready`, sends commands, logs every event.
// Plain browser JavaScript, no build step needed: copy it with embed.html to any web server.

const PROTOCOL = 'craniolab';
const VERSION = 1;

// Where the app lives: ?app=<path> on this page, else the app next to this examples/ folder.
// Only same-origin paths are honoured, so a copy of this page on a course site cannot be made
// to frame any other site by a crafted link.
const appParam = new URLSearchParams(location.search).get('app');
const requested = appParam ? new URL(appParam, location.href) : null;
const appUrl = requested && requested.origin === location.origin ? requested : new URL('../index.html', location.href);
const appOrigin = appUrl.origin;

const frame = document.getElementById('craniolab');
const logList = document.getElementById('log');
const status = document.getElementById('status');
const reportedForce = document.getElementById('reported-force');
let ready = false;
let nextId = 1;

/** Adds one line to the visible log (text only: messages are data, never markup). */
function log(direction, msg) {
  const li = document.createElement('li');
  li.textContent = `${direction} ${msg.type}${msg.requestId !== undefined ? ` #${msg.requestId}` : ''} ${JSON.stringify(msg.payload ?? {})}`;
  li.dataset.type = msg.type;
  logList.append(li);
  logList.scrollTop = logList.scrollHeight;
}

/** Sends one command to the app; only ever to the app's own origin, never '*'. */
function send(type, payload) {
  const msg = { protocol: PROTOCOL, version: VERSION, type, requestId: nextId++ };
  if (payload !== undefined) msg.payload = payload;
  frame.contentWindow.postMessage(msg, appOrigin);
  log('→', msg);
}

window.addEventListener('message', (event) => {
  // Only the iframe's app, from its origin, speaking this protocol.
  if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
  const msg = event.data;
  if (!msg || msg.protocol !== PROTOCOL || msg.version !== VERSION) return;
  log('←', msg);
  switch (msg.type) {
    case 'ready':
      ready = true;
      status.textContent = `ready (protocol version ${msg.payload.version})`;
      // the first command also tells an app without ?parentOrigin where to send events
      send('getState');
      break;
    case 'stateChanged':
    case 'state':
      if (typeof msg.payload.force === 'number') reportedForce.textContent = `${msg.payload.force} g`;
      break;
    case 'error':
      status.textContent = `error: ${msg.payload.code}: ${msg.payload.message}`;
      break;
    case 'resize':
      // a host could size the iframe to the app here: frame.height = msg.payload.height
      break;
  }
});

document.getElementById('force-form').addEventListener('submit', (e) => {
  e.preventDefault();
  if (!ready) return;
  send('set', { force: Number(document.getElementById('force').value) });
});
document.getElementById('subject-rabbit').addEventListener('click', () => ready && send('set', { subject: 'rabbit' }));
document.getElementById('play').addEventListener('click', () => ready && send('play'));
document.getElementById('pause').addEventListener('click', () => ready && send('pause'));
document.getElementById('reset').addEventListener('click', () => ready && send('reset'));
document.getElementById('get-state').addEventListener('click', () => ready && send('getState'));

// Load the app last, so the listener above is in place before `ready` can arrive.
appUrl.searchParams.set('embed', '1');
appUrl.searchParams.set('controls', 'force,subject,technique');
appUrl.searchParams.set('parentOrigin', location.origin);
frame.src = appUrl.href;
