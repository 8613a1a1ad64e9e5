#!/usr/bin/python3
"""A bare browser for WebKitWebDriver: one GTK window holding one WebKit web view, nothing else.

WebKitWebDriver starts this as its browser ("webkitgtk:browserOptions": {"binary": "/usr/bin/python3",
"args": [this file, "--automation"]}). Unlike Debian's MiniBrowser, which keeps its windows at least ~447 px
wide, the window here is exactly the web view, so the viewport is exactly WIDTH x HEIGHT CSS px (env
ENGINE_VIEWPORT="375x740"). A user script, run at document start in every frame, records uncaught errors,
unhandled rejections, console.error calls and failed loads in window.__engineErrors.
"""
import os
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

RECORDER = r"""
(() => {
  if (window.__engineErrors) return;
  const errors = (window.__engineErrors = []);
  const text = (v) => {
    if (v instanceof Error) return String(v.stack || v).includes(v.message) ? `${v.name}: ${v.message}\n${v.stack || ''}` : String(v);
    try { return typeof v === 'string' ? v : JSON.stringify(v); } catch { return String(v); }
  };
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) errors.push(`uncaught: ${e.error ? text(e.error) : e.message} (${e.filename}:${e.lineno})`);
    else if (e.target && e.target !== window) errors.push(`failed to load: <${e.target.localName}> ${e.target.src || e.target.href || ''}`);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${text(e.reason)}`));
  const error = console.error;
  console.error = function (...args) {
    errors.push(`console.error: ${args.map(text).join(' ')}`);
    return error.apply(this, args);
  };
})();
"""

width, height = (int(n) for n in os.environ.get("ENGINE_VIEWPORT", "375x740").split("x"))
windows = []


def new_view(context):
    content = WebKit2.UserContentManager()
    content.add_script(
        WebKit2.UserScript(
            RECORDER,
            WebKit2.UserContentInjectedFrames.ALL_FRAMES,
            WebKit2.UserScriptInjectionTime.START,
            None,
            None,
        )
    )
    view = WebKit2.WebView(web_context=context, user_content_manager=content, is_controlled_by_automation=True)
    settings = view.get_settings()
    settings.set_enable_write_console_messages_to_stdout(True)
    settings.set_enable_developer_extras(False)
    window = Gtk.Window()
    window.set_default_size(width, height)
    window.add(view)
    window.connect("destroy", on_destroy)
    view.connect("close", lambda v: window.destroy())
    view.connect("web-process-terminated", lambda v, reason: print(f"ENGINE web process terminated: {reason.value_nick}", flush=True))
    windows.append(window)
    window.show_all()
    return view


def on_destroy(window):
    windows.remove(window)
    if not windows:
        Gtk.main_quit()


def on_automation(context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("bare-webkit-window")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", lambda s: new_view(context))


def main():
    context = WebKit2.WebContext.get_default()
    if "--automation" in sys.argv:
        context.set_automation_allowed(True)
        context.connect("automation-started", on_automation)
    else:  # by hand: python3 webkit-window.py URL
        new_view(context).load_uri(sys.argv[1] if len(sys.argv) > 1 else "about:blank")
    Gtk.main()


main()
