/* FlowBuilder click-to-call widget. Plain ES5, no dependencies. Embed with:
   <script src="https://flowbuilder.example.com/widget/click-to-call.js" data-campaign="KEY" async></script>
   It reads the campaign key from data-campaign and the server from its own src, and draws a button and a form in a Shadow DOM.
   It never throws into the page: a missing key or an unreachable server is reported on the console and, when the visitor can
   see the widget, in it. */
(function () {
  'use strict';

  var NAME = 'FlowBuilder click-to-call';
  var ATTRIBUTE = 'data-campaign';
  var REQUEST_TIMEOUT_MS = 15000;
  // Fast polling while a call is likely soon, slower afterwards; the widget stops asking after POLL_STOP_MS.
  var POLL_FAST_MS = 3000;
  var POLL_FAST_FOR_MS = 120000;
  var POLL_SLOW_MS = 15000;
  var POLL_STOP_MS = 1800000;
  var UNREACHABLE = 'Call-back requests cannot be sent from this page right now. Please contact us another way.';

  function report(text) {
    if (window.console && window.console.error) window.console.error(NAME + ': ' + text);
  }

  function isWidgetScript(element) {
    return (element.getAttribute('src') || '').indexOf('click-to-call.js') >= 0 && !element.getAttribute('data-fb-used');
  }

  /** The script element that loaded this copy of the widget (the last unused one when currentScript is not known). */
  function findScript() {
    if (document.currentScript) return document.currentScript;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (isWidgetScript(scripts[i])) return scripts[i];
    }
    return null;
  }

  function serverOf(src) {
    var link = document.createElement('a');
    link.href = src;
    var host = link.host;
    if ((link.protocol === 'http:' && /:80$/.test(host)) || (link.protocol === 'https:' && /:443$/.test(host))) host = host.replace(/:\d+$/, '');
    return link.protocol + '//' + host;
  }

  /** Calls done(status, json or null, xhr); status 0 when the browser blocked the answer (CORS), the network failed or it timed out. */
  function request(method, url, body, done) {
    var xhr = new XMLHttpRequest();
    var finished = false;
    function finish() {
      if (finished) return;
      finished = true;
      var data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = null; }
      done(xhr.status, data, xhr);
    }
    try {
      xhr.open(method, url, true);
      xhr.timeout = REQUEST_TIMEOUT_MS;
      if (body) xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.onreadystatechange = function () { if (xhr.readyState === 4) finish(); };
      xhr.ontimeout = finish;
      xhr.send(body ? JSON.stringify(body) : null);
    } catch (e) {
      finished = true;
      done(0, null, xhr);
    }
  }

  /** "5 minutes", "1 hour", "30 seconds" for a Retry-After header in seconds; null when there is none. */
  function describeWait(header) {
    var seconds = parseInt(header || '', 10);
    if (!(seconds > 0)) return null;
    if (seconds < 60) return seconds + (seconds === 1 ? ' second' : ' seconds');
    var minutes = Math.ceil(seconds / 60);
    if (minutes < 60) return minutes + (minutes === 1 ? ' minute' : ' minutes');
    var hours = Math.ceil(minutes / 60);
    return hours + (hours === 1 ? ' hour' : ' hours');
  }

  function timeOf(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return '';
    try { return date.toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' }); } catch (e) { return date.toString(); }
  }

  var css =
    ':host{all:initial}' +
    '.fb-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;background:#0a66c2;color:#fff;border:0;border-radius:24px;' +
    'padding:12px 20px;font:600 15px/1.2 system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3);max-width:calc(100vw - 40px)}' +
    '.fb-panel{position:fixed;right:20px;bottom:76px;z-index:2147483000;width:300px;max-width:calc(100vw - 40px);max-height:calc(100vh - 96px);' +
    'overflow:auto;background:#fff;color:#222;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:16px;font:14px/1.4 system-ui,sans-serif;' +
    'box-sizing:border-box}' +
    '.fb-panel[hidden]{display:none}.fb-head{display:flex;align-items:flex-start;justify-content:space-between;gap:8px;margin:0 0 12px}' +
    '.fb-head h2{font-size:17px;margin:0}.fb-close{background:none;border:0;font-size:20px;line-height:1;padding:2px 6px;cursor:pointer;color:#444}' +
    '.fb-panel label.fb-phone-label{display:block;margin:0 0 4px;font-weight:600}' +
    '.fb-panel input[type=tel]{width:100%;box-sizing:border-box;padding:8px;font-size:16px;border:1px solid #767676;border-radius:4px}' +
    '.fb-panel label.fb-consent{display:flex;gap:8px;margin:10px 0;font-size:13px;align-items:flex-start}' +
    '.fb-panel button[type=submit]{width:100%;padding:10px;background:#0a66c2;color:#fff;border:0;border-radius:4px;font-size:15px;cursor:pointer}' +
    '.fb-panel button[disabled]{opacity:.6;cursor:default}.fb-invalid{outline:2px solid #c62828}' +
    'button:focus-visible,input:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}' +
    '.fb-message{margin-top:10px;min-height:1em}.fb-error{color:#c62828}.fb-ok{color:#2e7d32}';

  var widgets = 0;

  /** Draws the button and the panel; the form when config is given, else only the message saying why there is none. */
  function build(key, endpoint, config, unavailable) {
    widgets += 1;
    var prefix = 'fb-c2c-' + widgets + '-';
    var title = (config && config.title) || 'Call me back';
    var host = document.createElement('div');
    host.setAttribute('data-flowbuilder-click-to-call', key);
    document.body.appendChild(host);
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);

    function element(tag, className, text) {
      var made = document.createElement(tag);
      if (className) made.className = className;
      if (text) made.textContent = text;
      return made;
    }

    var button = element('button', 'fb-button', title);
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', prefix + 'panel');
    root.appendChild(button);

    var panel = element('form', 'fb-panel');
    panel.id = prefix + 'panel';
    panel.hidden = true;
    panel.noValidate = true;
    panel.setAttribute('aria-labelledby', prefix + 'title');
    var head = element('div', 'fb-head');
    var heading = element('h2', '', title);
    heading.id = prefix + 'title';
    var close = element('button', 'fb-close', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    head.appendChild(heading);
    head.appendChild(close);
    panel.appendChild(head);

    var message = element('div', 'fb-message');
    message.id = prefix + 'message';
    message.setAttribute('role', 'status');
    message.setAttribute('aria-live', 'polite');

    function show(text, error) {
      message.textContent = text || '';
      message.className = 'fb-message ' + (error ? 'fb-error' : 'fb-ok');
    }

    function setOpen(open) {
      panel.hidden = !open;
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    var first = close;
    if (config) {
      var phoneLabel = element('label', 'fb-phone-label', 'Your phone number');
      phoneLabel.htmlFor = prefix + 'phone';
      var phone = element('input');
      phone.id = prefix + 'phone';
      phone.type = 'tel';
      phone.name = 'phone';
      phone.autocomplete = 'tel';
      phone.setAttribute('inputmode', 'tel');
      phone.setAttribute('aria-describedby', prefix + 'message');
      var consentLabel = element('label', 'fb-consent');
      var consent = element('input');
      consent.type = 'checkbox';
      consent.name = 'consent';
      consent.setAttribute('aria-describedby', prefix + 'message');
      consentLabel.appendChild(consent);
      consentLabel.appendChild(element('span', '', config.consentText || 'I agree to be called back at this number.'));
      var submit = element('button', '', 'Call me');
      submit.type = 'submit';
      panel.appendChild(phoneLabel);
      panel.appendChild(phone);
      panel.appendChild(consentLabel);
      panel.appendChild(submit);
      first = phone;
    }
    panel.appendChild(message);
    root.appendChild(panel);

    button.onclick = function () {
      setOpen(panel.hidden);
      if (!panel.hidden) first.focus();
    };
    close.onclick = function () {
      setOpen(false);
      button.focus();
    };
    panel.onkeydown = function (event) {
      if (event.key === 'Escape' || event.keyCode === 27) {
        setOpen(false);
        button.focus();
      }
    };

    if (!config) {
      show(unavailable, true);
      return;
    }
    if (!config.open) show(config.nextOpenAt ? 'We are closed now; we will call you when we open (' + timeOf(config.nextOpenAt) + ').' : '', false);

    function markInvalid(field) {
      phone.className = field === 'phone' ? 'fb-invalid' : '';
      consentLabel.className = 'fb-consent' + (field === 'consent' ? ' fb-invalid' : '');
      if (field === 'phone') phone.setAttribute('aria-invalid', 'true'); else phone.removeAttribute('aria-invalid');
      if (field === 'consent') consent.setAttribute('aria-invalid', 'true'); else consent.removeAttribute('aria-invalid');
      if (field === 'phone') phone.focus();
      if (field === 'consent') consent.focus();
    }

    /** Shows each status change of the request until it ends (completed, failed or cancelled) or POLL_STOP_MS passed. */
    function poll(id, started, last) {
      var elapsed = new Date().getTime() - started;
      if (elapsed >= POLL_STOP_MS) return;
      setTimeout(function () {
        request('GET', endpoint + '/requests/' + encodeURIComponent(id), null, function (status, data) {
          if (status === 404) {
            show(data && data.message ? data.message : 'This request is not known any more. Please send the form again.', true);
            submit.disabled = false;
            return;
          }
          var state = status === 200 && data ? data.status : last;
          if (state !== last) {
            if (state === 'calling') show('We are calling you\u2026', false);
            else if (state === 'waiting' && last === 'calling') show('We could not reach you; we will try again (' + timeOf(data.scheduledFor) + ').', true);
            else if (state === 'completed') show('Thank you, your call is complete.', false);
            else if (state === 'failedCallingClient') show('We could not reach you at this number. Check it and send the form again.', true);
            else if (state === 'failedCallingCompany') show('Sorry, none of our operators could answer. We will call you back as soon as we can.', true);
            else if (state === 'cancelled') show('Your request was cancelled.', true);
          }
          if (state === 'failedCallingClient' || state === 'cancelled') submit.disabled = false;
          if (state === 'completed' || state === 'failedCallingClient' || state === 'failedCallingCompany' || state === 'cancelled') return;
          poll(id, started, state);
        });
      }, elapsed < POLL_FAST_FOR_MS ? POLL_FAST_MS : POLL_SLOW_MS);
    }

    panel.onsubmit = function (event) {
      event.preventDefault();
      if (submit.disabled) return;
      if (!/\d/.test(phone.value)) {
        markInvalid('phone');
        show('Enter your phone number to be called back.', true);
        return;
      }
      if (!consent.checked) {
        markInvalid('consent');
        show('Tick the consent box to be called back.', true);
        return;
      }
      markInvalid(null);
      submit.disabled = true;
      show('Sending\u2026', false);
      request('POST', endpoint + '/requests', { phone: phone.value, consent: consent.checked, pageUrl: window.location.href }, function (status, data, xhr) {
        submit.disabled = false;
        if (status === 202 && data) {
          show(data.message || 'We will call you shortly.', false);
          submit.disabled = true;
          poll(data.id, new Date().getTime(), data.status);
          return;
        }
        if (status === 0) {
          report('the request to ' + endpoint + ' got no answer: the network failed, or the browser blocked it (is ' + window.location.protocol + '//' +
            window.location.host + ' among the campaign\'s allowed origins?).');
          show(UNREACHABLE, true);
          return;
        }
        markInvalid(data && data.field);
        var text = data && data.message ? data.message : 'Your request could not be sent. Please try again later.';
        if (status === 429 && !(data && data.message)) {
          var wait = describeWait(xhr.getResponseHeader('Retry-After'));
          text = 'Too many requests. Please try again' + (wait ? ' in ' + wait : ' later') + '.';
        }
        show(text, true);
      });
    };
  }

  function start(script) {
    var key = script.getAttribute(ATTRIBUTE);
    var server = serverOf(script.src);
    var endpoint = server + '/api/public/click-to-call/' + encodeURIComponent(key);
    request('GET', endpoint, null, function (status, config) {
      if (status === 200 && config) {
        build(key, endpoint, config, null);
        return;
      }
      if (status === 0) {
        report('campaign ' + key + ' could not be read from ' + server + ': the server cannot be reached, or it refused this page\'s origin (' +
          window.location.protocol + '//' + window.location.host + ') and the browser blocked the answer. Add the origin to the campaign\'s allowed origins.');
        build(key, endpoint, null, UNREACHABLE);
        return;
      }
      report('campaign ' + key + ' is not available (' + status + (config && config.code ? ' ' + config.code : '') + ')' + (config && config.message ? ': ' + config.message : '.'));
      build(key, endpoint, null, config && config.message ? config.message : UNREACHABLE);
    });
  }

  try {
    var script = findScript();
    if (!script) {
      report('cannot find the <script> element of the widget; embed it as <script src=".../widget/click-to-call.js" ' + ATTRIBUTE + '="KEY" async></script>.');
      return;
    }
    script.setAttribute('data-fb-used', '1');
    if (!script.getAttribute(ATTRIBUTE)) {
      report('the <script> element has no ' + ATTRIBUTE + ' attribute (or it is empty); add ' + ATTRIBUTE +
        '="KEY" with the campaign\'s key, as shown on the campaign\'s page in FlowBuilder.');
      return;
    }
    var go = function () {
      try { start(script); } catch (e) { report('could not start: ' + e.message); }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go);
    else go();
  } catch (e) {
    report('could not start: ' + e.message);
  }
})();
