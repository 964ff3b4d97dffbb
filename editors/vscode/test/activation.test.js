// Runs the extension under Node, as VS Code would, with `vscode` and the language client stubbed:
// the stub client starts the server exactly as the extension configured it and speaks the first
// and last words of the protocol to it (initialize, shutdown, exit). Each scenario is one thing a
// user meets: a VanKien project, a folder of other Markdown and YAML, a document with `loai:`, no
// vankien installed, a changed setting, the restart command.
// Usage: VANKIEN_COMMAND='["vankien"]' node test/activation.test.js   (or '["dotnet","…/VanKien.Cli.dll"]')
'use strict';
const Module = require('module');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const command = JSON.parse(process.env.VANKIEN_COMMAND || '["vankien"]');
// The program by its full path, for the shims below, which some scenarios run with an empty PATH.
const program = command[0].includes(path.sep) ? command[0]
  : (process.env.PATH || '').split(path.delimiter).map((d) => path.join(d, command[0])).find((f) => fs.existsSync(f)) || command[0];
const extensionFolder = path.join(__dirname, '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-vscode-'));

class StubLanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions });
    StubLanguageClient.created.push(this);
  }

  /** Starts the server as the real client would for a stdio transport, and initializes it. */
  start() {
    const { command, args } = this.serverOptions;
    const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    this.server = server;
    this.exited = new Promise((resolve) => server.on('exit', resolve));
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
    this.exitCode = await this.exited;
  }

  dispose() {}
}
StubLanguageClient.created = [];

/** What VS Code shows the extension: settings, workspace, open documents; and what the extension did with it. */
const editor = {
  settings: {},
  projectFiles: [],
  documents: [],
  folders: [],
  chooses: undefined,
  errors: [],
  executed: [],
  commands: new Map(),
  openListeners: [],
  configurationListeners: [],
};

const stubs = {
  vscode: {
    workspace: {
      getConfiguration: (section) => ({ get: (key) => (section === 'vankien' ? editor.settings[key] : undefined) }),
      findFiles: async (include, exclude, max) => (include === '**/vankien.yaml' ? editor.projectFiles : []).slice(0, max).map((f) => ({ fsPath: f })),
      get textDocuments() { return editor.documents; },
      get workspaceFolders() { return editor.folders.map((f) => ({ uri: { fsPath: f } })); },
      onDidOpenTextDocument: (listener) => { editor.openListeners.push(listener); return { dispose() {} }; },
      onDidChangeConfiguration: (listener) => { editor.configurationListeners.push(listener); return { dispose() {} }; },
    },
    window: {
      showErrorMessage: async (message, ...items) => { editor.errors.push({ message, items }); return editor.chooses; },
    },
    commands: {
      registerCommand: (id, run) => { editor.commands.set(id, run); return { dispose() {} }; },
      executeCommand: async (...args) => { editor.executed.push(args); },
    },
  },
  'vscode-languageclient/node': { LanguageClient: StubLanguageClient, TransportKind: { stdio: 0 } },
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  return Object.prototype.hasOwnProperty.call(stubs, request) ? stubs[request] : load.call(this, request, parent, isMain);
};

function document(fileName, languageId, text) {
  return { fileName, languageId, uri: { scheme: 'file', fsPath: fileName }, getText: () => text };
}

const readme = document('/ws/README.md', 'markdown', '# Ghi chú\n\nKhông có phần đầu YAML.\n');
const compose = document('/ws/docker-compose.yaml', 'yaml', 'services:\n  web:\n    image: nginx\n');
const blogPost = document('/ws/bai-viet.md', 'markdown', '---\ntitle: Bài viết\n---\n\nNội dung.\n');
const resolution = document('/ws/nghi-quyet.md', 'markdown', '---\nloai: nghi-quyet\nso: 01-NQ/ĐU\n---\n\nNội dung.\n');
const resolutionYaml = document('/ws/nghi-quyet.yaml', 'yaml', '# yaml-language-server: $schema=x\nloai: nghi-quyet\nso: 01-NQ/ĐU\n');

/** A fresh copy of the extension in a fresh editor (the module keeps its client between calls, as in VS Code). */
function fresh(settings, view = {}) {
  delete require.cache[require.resolve('../extension.js')];
  Object.assign(editor, {
    settings, projectFiles: [], documents: [], folders: ['/ws'], chooses: undefined, errors: [], executed: [],
    commands: new Map(), openListeners: [], configurationListeners: [], ...view,
  });
  StubLanguageClient.created = [];
  return require('../extension.js');
}

const configured = { path: command[0], arguments: command.slice(1) };
const expectedArgs = [...configured.arguments, 'lsp'];
const context = () => ({ subscriptions: [] });
const flush = () => new Promise((resolve) => setImmediate(resolve));
const changeSettings = async (...sections) => {
  for (const listener of editor.configurationListeners) await listener({ affectsConfiguration: (s) => sections.includes(s) });
  await flush();
};
const opened = async (doc) => {
  for (const listener of editor.openListeners) await listener(doc);
  await flush();
};
const started = () => StubLanguageClient.created;

/** An executable file at `file` that runs the real server (a wrapper, as a tool shim is). */
function shim(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\nexec ${[program, ...command.slice(1)].map((c) => `'${c}'`).join(' ')} "$@"\n`, { mode: 0o755 });
  return file;
}

const scenarios = {
  async 'a workspace with vankien.yaml starts the server at activation, the restart command and a changed setting restart it'() {
    const extension = fresh(configured, { projectFiles: ['/ws/vankien.yaml'] });
    const ctx = context();
    await extension.activate(ctx);
    const [client] = started();
    assert.ok(client, 'no client was started');
    assert.strictEqual(path.basename(client.serverOptions.command), path.basename(command[0]));
    assert.deepStrictEqual(client.serverOptions.args, expectedArgs);
    assert.deepStrictEqual(client.clientOptions.documentSelector.map((s) => s.language), ['markdown', 'yaml']);
    assert.ok(ctx.subscriptions.length > 0, 'nothing is disposed with the extension');
    const capabilities = client.initializeResult.capabilities;
    assert.strictEqual(capabilities.hoverProvider, true);
    assert.strictEqual(capabilities.definitionProvider, true);
    assert.strictEqual(client.initializeResult.serverInfo.name, 'vankien');
    assert.deepStrictEqual(editor.errors, []);

    await changeSettings('editor.fontSize');
    assert.strictEqual(started().length, 1, 'another setting restarted the server');
    await changeSettings('vankien', 'vankien.arguments');
    assert.strictEqual(started().length, 2, 'changing vankien.arguments did not restart the server');
    assert.strictEqual(client.exitCode, 0);
    assert.ok(started()[1].initializeResult.capabilities.hoverProvider);

    const restart = editor.commands.get('vankien.restart');
    assert.ok(restart, 'no vankien.restart command');
    await restart();
    assert.strictEqual(started().length, 3, 'the restart command did not start a new server');
    assert.strictEqual(started()[1].exitCode, 0);

    await extension.deactivate();
    assert.strictEqual(started()[2].exitCode, 0);
  },

  async 'other Markdown and YAML do not start the server; a document whose front matter has loai: does'() {
    const extension = fresh(configured, { documents: [readme, compose, blogPost] });
    await extension.activate(context());
    assert.strictEqual(started().length, 0, 'a README, a compose file or a front matter without loai: started the server');
    await opened(document('/ws/.github/workflows/ci.yml', 'yaml', 'on: push\njobs: {}\n'));
    assert.strictEqual(started().length, 0);
    await opened(resolution);
    assert.strictEqual(started().length, 1, 'a document with loai: did not start the server');
    await opened(resolutionYaml);
    assert.strictEqual(started().length, 1, 'a second VanKien document started a second server');
    await extension.deactivate();
    assert.strictEqual(started()[0].exitCode, 0);
  },

  async 'a YAML source with a top-level loai: open at activation starts the server'() {
    const extension = fresh(configured, { documents: [compose, resolutionYaml] });
    await extension.activate(context());
    assert.strictEqual(started().length, 1);
    await extension.deactivate();
  },

  async 'no vankien anywhere: a Vietnamese message with the fix and a button to the setting; setting vankien.path starts it'() {
    const saved = { PATH: process.env.PATH, HOME: process.env.HOME };
    const empty = fs.mkdtempSync(path.join(scratch, 'empty-'));
    process.env.PATH = empty;
    process.env.HOME = empty;
    try {
      const extension = fresh({ path: '', arguments: [] }, { projectFiles: ['/ws/vankien.yaml'], chooses: 'Mở cài đặt' });
      await extension.activate(context());
      await flush();
      assert.strictEqual(started().length, 0);
      const [error] = editor.errors;
      assert.ok(error, 'nothing was said');
      assert.match(error.message, /Không tìm thấy lệnh vankien/);
      assert.match(error.message, /dotnet tool install -g vankien\.cli/);
      assert.match(error.message, /vankien\.path/);
      assert.strictEqual(error.message, error.message.normalize('NFC'));
      assert.deepStrictEqual(error.items, ['Mở cài đặt']);
      assert.deepStrictEqual(editor.executed, [['workbench.action.openSettings', 'vankien.path']]);

      // A path that is not there is named in the message.
      editor.settings = { path: path.join(empty, 'khong-co', 'vankien'), arguments: [] };
      editor.errors = [];
      await changeSettings('vankien', 'vankien.path');
      assert.strictEqual(started().length, 0);
      assert.ok(editor.errors[0] && editor.errors[0].message.includes(path.join(empty, 'khong-co', 'vankien')), JSON.stringify(editor.errors));

      // The fix: the setting names the program, and the server starts without a reload.
      editor.settings = { path: shim(path.join(empty, 'cai-dat', 'vankien')), arguments: [] };
      await changeSettings('vankien', 'vankien.path');
      assert.strictEqual(started().length, 1, 'setting vankien.path did not start the server');
      assert.strictEqual(started()[0].serverOptions.command, editor.settings.path);
      assert.deepStrictEqual(started()[0].serverOptions.args, ['lsp']);
      await extension.deactivate();
      assert.strictEqual(started()[0].exitCode, 0);
    } finally {
      Object.assign(process.env, saved);
    }
  },

  async 'the program is looked up on PATH, in the .NET tools folder, in ~/.local/bin and in the workspace build output'() {
    const { findServer } = fresh(configured);
    const home = fs.mkdtempSync(path.join(scratch, 'home-'));
    const onPath = fs.mkdtempSync(path.join(scratch, 'bin-'));
    const workspace = fs.mkdtempSync(path.join(scratch, 'ws-'));
    const where = (env) => findServer({ path: '', arguments: ['--x'] }, { platform: 'linux', home, folders: [workspace], ...env });
    assert.strictEqual(where({ PATH: onPath }).command, null);
    assert.ok(where({ PATH: onPath }).looked.includes(path.join(home, '.dotnet', 'tools', 'vankien')));

    const built = shim(path.join(workspace, 'src', 'VanKien.Cli', 'bin', 'Release', 'net10.0', 'vankien'));
    assert.strictEqual(where({ PATH: onPath }).command, built);
    const local = shim(path.join(home, '.local', 'bin', 'vankien'));
    assert.strictEqual(where({ PATH: onPath }).command, local);
    const tool = shim(path.join(home, '.dotnet', 'tools', 'vankien'));
    assert.strictEqual(where({ PATH: onPath }).command, tool);
    fs.writeFileSync(path.join(onPath, 'vankien'), 'not executable', { mode: 0o644 });
    assert.strictEqual(where({ PATH: onPath }).command, tool, 'a file that cannot be run was taken');
    fs.rmSync(path.join(onPath, 'vankien'));
    const first = shim(path.join(onPath, 'vankien'));
    assert.deepStrictEqual(where({ PATH: onPath }), { command: first, args: ['--x', 'lsp'], looked: [path.join(onPath, 'vankien')] });

    // A setting that names a program: that program, on PATH when it is a bare name, from the workspace when relative.
    assert.strictEqual(findServer({ path: 'vankien', arguments: [] }, { platform: 'linux', home, folders: [workspace], PATH: onPath }).command, first);
    assert.strictEqual(findServer({ path: 'src/VanKien.Cli/bin/Release/net10.0/vankien', arguments: [] }, { platform: 'linux', home, folders: [workspace], PATH: '' }).command, built);
    assert.strictEqual(findServer({ path: path.join(home, 'khong-co'), arguments: [] }, { platform: 'linux', home, folders: [workspace], PATH: onPath }).command, null);
  },

  async 'the manifest: activation, the restart command, settings, a bundle, no invented repository or licence'() {
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.activationEvents, ['workspaceContains:**/vankien.yaml', 'onLanguage:markdown', 'onLanguage:yaml']);
    assert.deepStrictEqual(manifest.contributes.commands, [{ command: 'vankien.restart', title: 'Khởi động lại máy chủ', category: 'VanKien' }]);
    assert.strictEqual(manifest.contributes.configuration.properties['vankien.path'].default, '');
    assert.ok(!JSON.stringify(manifest).includes('example.invalid'), 'an invented address');
    const licence = /^SEE LICENSE IN (.+)$/.exec(manifest.license || '');
    assert.ok(licence ? fs.existsSync(path.join(extensionFolder, licence[1])) : manifest.license === 'UNLICENSED', `licence ${manifest.license}`);
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.ok(!manifest.dependencies || Object.keys(manifest.dependencies).length === 0, 'runtime dependencies are bundled, not shipped');
    const ignored = fs.readFileSync(path.join(extensionFolder, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignored.includes('node_modules/**'));
    const readmeText = fs.readFileSync(path.join(extensionFolder, 'README.md'), 'utf8');
    for (const words of ['Khởi động lại máy chủ', 'vankien.path', 'vankien.yaml', 'loai:']) assert.ok(readmeText.includes(words), `README lacks ${words}`);
  },
};

(async () => {
  let passed = 0;
  const failures = [];
  for (const [name, run] of Object.entries(scenarios)) {
    try {
      await run();
      passed += 1;
      console.log(`ok - ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`not ok - ${name}\n${error && error.stack}`);
      for (const client of started()) if (client.server) client.server.kill();
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  console.log(`activation: ${passed} passed, ${failures.length} failed`);
  process.exit(failures.length === 0 ? 0 : 1);
})();
