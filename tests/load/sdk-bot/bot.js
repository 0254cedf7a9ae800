// The official Bot Framework SDK for JavaScript (botbuilder, botbuilder-dialogs) doing a turn like ours, for
// tests/load/run-sdk-compare.sh: a 3-step waterfall dialog on MemoryStorage. Like the SDK's samples, the reply is sent
// to the activity's serviceUrl (here the local fake Bot Connector) before the HTTP 200. No app id, so the adapter
// accepts unsigned activities and sends unsigned replies, as our loopback development mode does.
//   node bot.js PORT
'use strict';
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } = require('botbuilder');
const { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } = require('botbuilder-dialogs');

const port = Number(process.argv[2] || 3989);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error && error.message}`);
  throw error;
};

const conversationState = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new TextPrompt('text'));
dialogs.add(new WaterfallDialog('guided', [
  async (step) => step.prompt('text', 'What is missing today? Our facts and documents, behaviour, both, or nothing.'),
  async (step) => {
    step.values.need = step.result;
    return step.prompt('text', 'How fast do those facts change? Daily, weekly, monthly or rarely.');
  },
  async (step) => {
    await step.context.sendActivity(`Noted: ${step.values.need}, changing ${step.result}.`);
    return step.endDialog();
  },
]));

async function turn(context) {
  if (context.activity.type === 'message') {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog('guided');
    }
  }

  await conversationState.saveChanges(context, false);
}

// Node's own http server with the small request/response shape CloudAdapter.process expects (as restify gives it).
http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = req.url === '/healthz' ? 200 : 404;
    res.end();
    return;
  }

  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }

    const response = {
      socket: res.socket,
      status: (code) => { res.statusCode = code; },
      header: (name, value) => res.setHeader(name, value),
      send: (payload) => {
        if (payload !== undefined) {
          res.setHeader('Content-Type', 'application/json');
          res.write(typeof payload === 'string' ? payload : JSON.stringify(payload));
        }
      },
      end: () => res.end(),
    };
    adapter.process({ body, headers: req.headers, method: req.method }, response, turn).catch((error) => {
      console.error(`process error: ${error && error.message}`);
      if (!res.writableEnded) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
}).listen(port, '127.0.0.1', () => console.log(`sdk bot on http://127.0.0.1:${port}/api/messages`));
