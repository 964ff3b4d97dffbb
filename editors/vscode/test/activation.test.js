// Runs the extension's activation under Node, as VS Code would, with `vscode` and the language
// client stubbed: the stub client starts the server exactly as the extension configured it and
// speaks the first and last words of the protocol to it (initialize, shutdown, exit).
// Usage: VANKIEN_COMMAND='["vankien"]' node test/activation.test.js   (or '["dotnet","…/VanKien.Cli.dll"]')
'use strict';
const Module = require('module');
const assert = require('assert');
const { spawn } = require('child_process');

const command = JSON.parse(process.env.VANKIEN_COMMAND || '["vankien"]');
const settings = { path: command[0], arguments: command.slice(1) };
let started;

class StubLanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions });
  }

  /** Starts the server as the real client would for a stdio transport, and initializes it. */
  start() {
    const { command, args } = this.serverOptions;
    const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    started = { client: this, server };
    let buffer = Buffer.alloc(0);
    const waiting = new Map();
    server.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
        if (buffer.length < end + 4 + length) return;
        const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
        buffer = buffer.subarray(end + 4 + length);
        if (message.id !== undefined && waiting.has(message.id)) waiting.get(message.id)(message);
      }
    });
    let next = 0;
    this.request = (method, params) => new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      this.notify(method, params, id);
    });
    this.notify = (method, params, id) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id, method, params }), 'utf8');
      server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      server.stdin.write(body);
    };
    return this.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} }).then((answer) => {
      this.initializeResult = answer.result;
    });
  }

  async stop() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    const code = await new Promise((resolve) => started.server.on('exit', resolve));
    this.exitCode = code;
  }

  dispose() {}
}

const stubs = {
  vscode: {
    workspace: { getConfiguration: (section) => ({ get: (key) => (section === 'vankien' ? settings[key] : undefined) }) },
  },
  'vscode-languageclient/node': { LanguageClient: StubLanguageClient, TransportKind: { stdio: 0 } },
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  return Object.prototype.hasOwnProperty.call(stubs, request) ? stubs[request] : load.call(this, request, parent, isMain);
};

(async () => {
  const extension = require('../extension.js');
  const context = { subscriptions: [] };
  const client = await extension.activate(context);
  assert.strictEqual(client.serverOptions.command, settings.path);
  assert.deepStrictEqual(client.serverOptions.args, [...settings.arguments, 'lsp']);
  assert.deepStrictEqual(client.clientOptions.documentSelector.map((s) => s.language), ['markdown', 'yaml']);
  assert.ok(context.subscriptions.includes(client), 'the client is disposed with the extension');
  const capabilities = client.initializeResult.capabilities;
  assert.strictEqual(capabilities.hoverProvider, true);
  assert.strictEqual(capabilities.definitionProvider, true);
  assert.strictEqual(client.initializeResult.serverInfo.name, 'vankien');
  await extension.deactivate();
  assert.strictEqual(client.exitCode, 0);
  console.log(`activation: started '${[client.serverOptions.command, ...client.serverOptions.args].join(' ')}', initialized (${Object.keys(capabilities).join(', ')}), stopped with exit code 0`);
})().catch((error) => {
  console.error(error);
  if (started) started.server.kill();
  process.exit(1);
});
