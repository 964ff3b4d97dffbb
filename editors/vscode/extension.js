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
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const OPEN_SETTINGS = 'Mở cài đặt';

/** Whether an open document is a VanKien document: vankien.yaml, or `loai:` in its front matter (Markdown) or at its top level (YAML). */
function isVanKienDocument(document) {
  if (!document.uri || document.uri.scheme !== 'file') return false;
  if (path.basename(document.fileName) === 'vankien.yaml') return true;
  const lines = document.getText().replace(/^\uFEFF/, '').split(/\r?\n/);
  if (document.languageId === 'markdown') {
    if (lines[0].trimEnd() !== '---') return false;
    for (const line of lines.slice(1)) {
      if (/^(---|\.\.\.)\s*$/.test(line)) return false;
      if (line.startsWith('loai:')) return true;
    }
    return false;
  }
  return document.languageId === 'yaml' && lines.some((line) => line.startsWith('loai:'));
}

/** Whether <paramref name="file"/> is a program this user can run (on Windows: that it exists). */
function runnable(file, platform) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the server's program is, and the places looked at to find it. `vankien.path` when set: a
 * full path, a path relative to the workspace, or a name looked up on PATH. Unset: `vankien` on PATH,
 * then where the installs in the user guide put it — the .NET tools folder (`dotnet tool install -g`,
 * which VS Code started from a desktop menu often lacks on its PATH) and ~/.local/bin (the native
 * binary) — then the build output of the VanKien source tree, when that is the workspace.
 * `command` is null when none is there.
 */
function findServer(settings, environment) {
  const { platform, home, folders } = environment;
  const searchPath = (environment.PATH || '').split(path.delimiter).filter((d) => d);
  const names = (name) => (platform === 'win32' && !path.extname(name) ? [`${name}.exe`, `${name}.cmd`, name] : [name]);
  const configured = (settings.path || '').trim();
  let candidates;
  if (configured && (configured.includes('/') || configured.includes('\\'))) {
    candidates = path.isAbsolute(configured) ? [configured] : folders.map((folder) => path.join(folder, configured));
  } else {
    const name = configured || 'vankien';
    candidates = searchPath.flatMap((dir) => names(name).map((n) => path.join(dir, n)));
    if (!configured) {
      const usual = [path.join(home, '.dotnet', 'tools'), path.join(home, '.local', 'bin')];
      for (const folder of folders)
        for (const configuration of ['Release', 'Debug']) usual.push(path.join(folder, 'src', 'VanKien.Cli', 'bin', configuration, 'net10.0'));
      candidates.push(...usual.flatMap((dir) => names(name).map((n) => path.join(dir, n))));
    }
  }
  const looked = [];
  for (const candidate of candidates) {
    looked.push(candidate);
    if (runnable(candidate, platform)) return { command: candidate, args: [...(settings.arguments || []), 'lsp'], looked };
  }
  return { command: null, args: [], looked };
}

/** The message for a program not found, with the fix: what to install, or which setting to set. */
function notFoundMessage(settings) {
  const configured = (settings.path || '').trim();
  if (configured)
    return `VanKien: Không tìm thấy lệnh vankien tại '${configured}' (thiết lập vankien.path). ` +
      'Hãy sửa vankien.path thành đường dẫn đầy đủ tới tệp chạy vankien, hoặc để trống để phần mở rộng tự tìm.';
  return 'VanKien: Không tìm thấy lệnh vankien (đã tìm trong PATH, ~/.dotnet/tools và ~/.local/bin). ' +
    'Hãy cài bằng "dotnet tool install -g vankien.cli" (xem hướng dẫn cài đặt của VanKien), ' +
    'hoặc đặt đường dẫn tới tệp chạy vankien trong thiết lập vankien.path.';
}

/** The one language client of the window: started when wanted, restarted on request, one change at a time. */
class Server {
  constructor(context) {
    this.context = context;
    this.client = undefined;
    this.wanted = false;
    this.queue = Promise.resolve();
  }

  /** Runs <paramref name="change"/> after the changes before it: a restart never overlaps a start. */
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
