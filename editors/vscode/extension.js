// VanKien for VS Code: starts `vankien lsp` and hands it the Markdown and YAML sources of the
// workspace. Everything the editor shows (diagnostics, completion, hover, definition, quick
// fixes) comes from the server, so the editor and `vankien check` always agree.
//
// When it runs: VS Code cannot activate an extension on a file's content, so the manifest
// activates it on Markdown and YAML (and on a workspace holding vankien.yaml), and this file
// starts the server only for a VanKien workspace (one with vankien.yaml) or once a document whose
// front matter (or top level, for YAML) has `loai:` is open. A README or a docker-compose file
// elsewhere costs nothing: no server process, no diagnostics.
'use strict';
const os = require('os');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { isVanKienDocument } = require('./lib/documents');
const { findServer, notFoundMessage } = require('./lib/server-location');

const OPEN_SETTINGS = 'Mở cài đặt';

/** The one language client of the window: started when wanted, restarted on request, one change at a time. */
class Server {
  constructor(context) {
    this.context = context;
    this.client = undefined;
    this.wanted = false;
    this.queue = Promise.resolve();
  }

  /** Runs `change` after the changes before it: a restart never overlaps a start. */
  serialize(change) {
    this.queue = this.queue.then(change, change);
    return this.queue;
  }

  /** Starts the server once a VanKien workspace or document wants it. */
  want() {
    if (this.wanted) return this.queue;
    this.wanted = true;
    return this.serialize(() => this.start());
  }

  restart() {
    this.wanted = true;
    return this.serialize(async () => {
      await this.stop();
      await this.start();
    });
  }

  async start() {
    const settings = vscode.workspace.getConfiguration('vankien');
    const wanted = { path: settings.get('path'), arguments: settings.get('arguments') };
    const found = findServer(wanted, {
      platform: process.platform,
      home: os.homedir(),
      PATH: process.env.PATH,
      folders: (vscode.workspace.workspaceFolders || []).map((folder) => folder.uri.fsPath),
    });
    if (!found.command) {
      this.offerSettings(notFoundMessage(wanted));
      return;
    }
    const client = new LanguageClient('vankien', 'VanKien', { command: found.command, args: found.args, transport: TransportKind.stdio }, {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'yaml' },
      ],
    });
    try {
      await client.start();
      this.client = client;
    } catch (error) {
      this.offerSettings(`VanKien: Không khởi động được máy chủ '${[found.command, ...found.args].join(' ')}': ${error && error.message}. ` +
        'Hãy kiểm tra thiết lập vankien.path và vankien.arguments.');
    }
  }

  async stop() {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop();
  }

  /** Says what went wrong, with a button to the setting that fixes it (not awaited: the message stays until dismissed). */
  offerSettings(message) {
    Promise.resolve(vscode.window.showErrorMessage(message, OPEN_SETTINGS)).then((choice) => {
      if (choice === OPEN_SETTINGS) return vscode.commands.executeCommand('workbench.action.openSettings', 'vankien.path');
      return undefined;
    });
  }
}

let server;

async function activate(context) {
  server = new Server(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('vankien.restart', () => server.restart()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (server.wanted && (event.affectsConfiguration('vankien.path') || event.affectsConfiguration('vankien.arguments'))) return server.restart();
      return undefined;
    }),
    vscode.workspace.onDidOpenTextDocument((document) => (isVanKienDocument(document) ? server.want() : undefined)),
    { dispose: () => server.serialize(() => server.stop()) },
  );
  const project = await vscode.workspace.findFiles('**/vankien.yaml', '**/node_modules/**', 1);
  if (project.length > 0 || vscode.workspace.textDocuments.some(isVanKienDocument)) await server.want();
  return server;
}

async function deactivate() {
  if (server) await server.serialize(() => server.stop());
}

module.exports = { activate, deactivate, findServer, isVanKienDocument };
