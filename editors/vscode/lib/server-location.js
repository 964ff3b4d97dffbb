// Where the `vankien` program is, and what to tell a user who has none.
'use strict';
const fs = require('fs');
const path = require('path');

/** Whether `file` is a program this user can run (on Windows: that it exists). */
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
  const names = (name) => (platform === 'win32' && !path.extname(name) ? [`${name}.exe`, name] : [name]);
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

module.exports = { findServer, notFoundMessage };
