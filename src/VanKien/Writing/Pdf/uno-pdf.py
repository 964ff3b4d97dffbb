"""VanKien's warm PDF converter: one LibreOffice kept running, fed DOCX files over UNO.

Started by VanKien (Writing/Pdf/WarmConverter.cs) as `python3 PROFILE/uno-pdf.py SOFFICE PROFILE PIPE FILTER`,
in a process group of its own; LibreOffice is its child, so the group holds both and ends with the run.
FILTER is LibreOffice's --convert-to text ("pdf:writer_pdf_Export:{json options}"): the options are
the ones the one-shot path gives, read from the same constant, so both paths write the same PDF/A-2b.

Line protocol, UTF-8, one line each way per step:
  out: "ready"                           LibreOffice answers on its pipe
       "no-uno <why>"                    this Python has no UNO (python3-uno missing): exit 2
       "not-started <why>"               LibreOffice ended or never answered: exit 4
  in:  "<docx file URL> <pdf file URL>"  (URLs have no spaces)
  out: "ok" | "error <why>"              the PDF is whole at its URL, or nothing is there
       "dead <why>"                      LibreOffice died under the document: exit 3 (VanKien restarts it)
  in:  end of input                      LibreOffice is ended, its profile removed, then this script
                                         (VanKien ended without ending it: a SIGTERM outside a build)
"""
import json
import os
import shutil
import subprocess
import sys
import time


def say(line):
    sys.stdout.write(line.replace("\n", " ") + "\n")
    sys.stdout.flush()


try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError as problem:
    say("no-uno %s" % problem)
    sys.exit(2)


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def filter_properties(spec):
    """("writer_pdf_Export", FilterData) from "pdf:writer_pdf_Export:{json}", typed as LibreOffice's JSON says."""
    _, name, options = spec.split(":", 2)
    data = []
    for key, typed in json.loads(options).items():
        kind, value = typed["type"], typed["value"]
        if kind == "boolean":
            value = str(value).lower() == "true"
        elif kind in ("long", "short", "unsigned long"):
            value = int(value)
        data.append(prop(key, value))
    return name, uno.Any("[]com.sun.star.beans.PropertyValue", tuple(data))


def main(soffice, profile, pipe, spec):
    filter_name, filter_data = filter_properties(spec)
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        # Ready when its pipe answers; the first start of a profile takes seconds on a loaded machine.
        deadline = time.monotonic() + 120
        while context is None:
            if office.poll() is not None:
                say("not-started soffice ended (%s) before it answered" % office.returncode)
                return 4
            if time.monotonic() > deadline:
                say("not-started soffice did not answer in 120 s")
                return 4
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except NoConnectException:
                time.sleep(0.05)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        say("ready")
        store = (prop("FilterName", filter_name), prop("FilterData", filter_data))
        load = (prop("Hidden", True), prop("ReadOnly", True))
        for line in sys.stdin:
            parts = line.split()
            if len(parts) != 2:
                say("error expected two URLs")
                continue
            source, target = parts
            partial = target + ".part"
            try:
                document = desktop.loadComponentFromURL(source, "_blank", 0, load)
                if document is None:
                    say("error LibreOffice could not open the DOCX")
                    continue
                try:
                    # Written beside, then renamed: a PDF at the target is always whole.
                    document.storeToURL(partial, store)
                finally:
                    document.close(True)
                os.replace(uno.fileUrlToSystemPath(partial), uno.fileUrlToSystemPath(target))
                say("ok")
            except Exception as problem:  # a UNO exception or an OS error: which one decides dead or not
                try:
                    os.remove(uno.fileUrlToSystemPath(partial))
                except OSError:
                    pass
                if office.poll() is not None or not answers(desktop):
                    say("dead %s" % problem)
                    return 3
                say("error %s" % problem)
        # Input ended: VanKien is gone or done; nothing of this profile is kept.
        end(office, desktop)
        shutil.rmtree(profile, ignore_errors=True)
        return 0
    finally:
        end(office, desktop if "desktop" in locals() else None)


def answers(desktop):
    try:
        desktop.getFrames().getCount()
        return True
    except Exception:
        return False


def end(office, desktop):
    if office.poll() is None and desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass
    try:
        office.wait(timeout=5)
    except subprocess.TimeoutExpired:
        office.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
