/* FlowBuilder click-to-call widget. Plain ES5, no dependencies. Embed with:
   <script src="https://flowbuilder.example.com/widget/click-to-call.js" data-campaign="KEY" async></script>
   It reads the campaign key from data-campaign and the server from its own src, and draws a button and a form in a Shadow DOM. */
(function () {
  'use strict';

  var POLL_MS = 3000;
  var POLL_FOR_MS = 120000;

  function findScript() {
    if (document.currentScript && document.currentScript.getAttribute('data-campaign')) return document.currentScript;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      var src = scripts[i].getAttribute('src') || '';
      if (scripts[i].getAttribute('data-campaign') && src.indexOf('click-to-call.js') >= 0 && !scripts[i].getAttribute('data-fb-used')) return scripts[i];
    }
    return null;
  }

  var script = findScript();
  if (!script) return;
  script.setAttribute('data-fb-used', '1');
  var key = script.getAttribute('data-campaign');
  var link = document.createElement('a');
  link.href = script.src;
  var server = link.protocol + '//' + link.host.replace(/:(80|443)$/, '');
  var endpoint = server + '/api/public/click-to-call/' + encodeURIComponent(key);

  function request(method, url, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url, true);
    if (body) xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data);
    };
    xhr.send(body ? JSON.stringify(body) : null);
  }

  var css =
    ':host{all:initial}' +
    '.fb-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;background:#0a66c2;color:#fff;border:0;border-radius:24px;' +
    'padding:12px 20px;font:600 15px/1.2 system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
    '.fb-panel{position:fixed;right:20px;bottom:76px;z-index:2147483000;width:300px;max-width:calc(100vw - 40px);background:#fff;color:#222;' +
    'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:16px;font:14px/1.4 system-ui,sans-serif;box-sizing:border-box}' +
    '.fb-panel[hidden]{display:none}.fb-panel h2{font-size:17px;margin:0 0 12px}' +
    '.fb-panel input[type=tel]{width:100%;box-sizing:border-box;padding:8px;font-size:15px;border:1px solid #999;border-radius:4px}' +
    '.fb-panel label.fb-consent{display:flex;gap:8px;margin:10px 0;font-size:13px;align-items:flex-start}' +
    '.fb-panel button[type=submit]{width:100%;padding:10px;background:#0a66c2;color:#fff;border:0;border-radius:4px;font-size:15px;cursor:pointer}' +
    '.fb-panel button[disabled]{opacity:.6;cursor:default}.fb-invalid{outline:2px solid #c62828}' +
    '.fb-message{margin-top:10px;min-height:1em}.fb-error{color:#c62828}.fb-ok{color:#2e7d32}';

  function build(config) {
    var host = document.createElement('div');
    host.setAttribute('data-flowbuilder-click-to-call', key);
    document.body.appendChild(host);
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);

    var button = document.createElement('button');
    button.className = 'fb-button';
    button.type = 'button';
    button.textContent = config.title;
    root.appendChild(button);

    var panel = document.createElement('form');
    panel.className = 'fb-panel';
    panel.hidden = true;
    panel.noValidate = true;
    var heading = document.createElement('h2');
    heading.textContent = config.title;
    panel.appendChild(heading);
    var phone = document.createElement('input');
    phone.type = 'tel';
    phone.name = 'phone';
    phone.autocomplete = 'tel';
    phone.placeholder = 'Your phone number';
    phone.setAttribute('aria-label', 'Your phone number');
    panel.appendChild(phone);
    var consentLabel = document.createElement('label');
    consentLabel.className = 'fb-consent';
    var consent = document.createElement('input');
    consent.type = 'checkbox';
    consent.name = 'consent';
    var consentText = document.createElement('span');
    consentText.textContent = config.consentText;
    consentLabel.appendChild(consent);
    consentLabel.appendChild(consentText);
    panel.appendChild(consentLabel);
    var submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = 'Call me';
    panel.appendChild(submit);
    var message = document.createElement('div');
    message.className = 'fb-message';
    message.setAttribute('role', 'status');
    panel.appendChild(message);
    root.appendChild(panel);

    if (!config.open) show(config.nextOpenAt ? 'We are closed now; we will call you when we open.' : '', false);

    button.onclick = function () {
      panel.hidden = !panel.hidden;
      if (!panel.hidden) phone.focus();
    };

    function show(text, error) {
      message.textContent = text;
      message.className = 'fb-message ' + (error ? 'fb-error' : 'fb-ok');
    }

    function poll(id, started) {
      request('GET', endpoint + '/requests/' + encodeURIComponent(id), null, function (status, data) {
        var state = status === 200 && data ? data.status : null;
        if (state === 'calling') show('We are calling you\u2026', false);
        else if (state === 'completed') { show('Connected', false); return; }
        else if (state && state !== 'waiting') { show('We could not reach you', true); return; }
        if (new Date().getTime() - started < POLL_FOR_MS) setTimeout(function () { poll(id, started); }, POLL_MS);
      });
    }

    panel.onsubmit = function (event) {
      event.preventDefault();
      phone.className = '';
      consentLabel.className = 'fb-consent';
      submit.disabled = true;
      show('', false);
      request('POST', endpoint + '/requests', { phone: phone.value, consent: consent.checked, pageUrl: window.location.href }, function (status, data) {
        submit.disabled = false;
        if (status === 202 && data) {
          show(data.message, false);
          submit.disabled = true;
          poll(data.id, new Date().getTime());
          return;
        }
        if (data && data.field === 'phone') phone.className = 'fb-invalid';
        if (data && data.field === 'consent') consentLabel.className = 'fb-consent fb-invalid';
        show(data && data.message ? data.message : 'Your request could not be sent. Please try again later.', true);
      });
    };
  }

  function start() {
    request('GET', endpoint, null, function (status, config) {
      if (status !== 200 || !config) {
        if (window.console) window.console.warn('FlowBuilder click-to-call: campaign ' + key + ' is not available (' + status + ').');
        return;
      }
      build(config);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
