// VanKien for VS Code: starts `vankien lsp` and hands it the Markdown and YAML sources of the
// workspace. Everything the editor shows (diagnostics, completion, hover, definition, quick
// fixes) comes from the server, so the editor and `vankien check` always agree.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The server's command from the settings: `vankien.path`, then `vankien.arguments`, then `lsp`. */
function serverOptions(configuration) {
  const command = configuration.get('path') || 'vankien';
  const args = [...(configuration.get('arguments') || []), 'lsp'];
  return { command, args, transport: TransportKind.stdio };
}

async function activate(context) {
  const configuration = vscode.workspace.getConfiguration('vankien');
  client = new LanguageClient('vankien', 'VanKien', serverOptions(configuration), {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
    ],
  });
  context.subscriptions.push(client);
  await client.start();
  return client;
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate, serverOptions };
