// Setdown: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  var PREFIX = "setdown:draft:";

  function csrfToken() {
    var m = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : "";
  }

  function savedKeys() {
    var meta = document.querySelector('meta[name="setdown-saved-drafts"]');
    return meta && meta.content ? meta.content.split(" ") : [];
  }

  // The server confirmed these drafts are stored for real: forget the browser copies.
  savedKeys().forEach(function (key) {
    try { localStorage.removeItem(PREFIX + key); } catch (e) { /* storage blocked */ }
  });

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && /^(text|search|datetime-local|date|time|number)$/.test(el.type)))
        && el.name && el.name !== "csrfmiddlewaretoken";
    });
  }

  function collect(form) {
    var data = {};
    fieldsOf(form).forEach(function (el) { data[el.name] = el.value; });
    form.querySelectorAll("input[type=radio]:checked, input[type=checkbox]:checked").forEach(function (el) {
      data[el.name] = data[el.name] ? data[el.name] + "\n" + el.value : el.value;
    });
    return data;
  }

  function hasWords(data) {
    return Object.keys(data).some(function (k) { return (data[k] || "").trim() !== ""; });
  }

  function restore(form, data) {
    var restored = false;
    fieldsOf(form).forEach(function (el) {
      if (!el.value && data[el.name]) { el.value = data[el.name]; restored = true; }
    });
    Object.keys(data).forEach(function (name) {
      var boxes = form.querySelectorAll('input[name="' + name + '"][type=radio], input[name="' + name + '"][type=checkbox]');
      if (!boxes.length || Array.prototype.some.call(boxes, function (b) { return b.checked; })) return;
      var values = String(data[name]).split("\n");
      boxes.forEach(function (b) { if (values.indexOf(b.value) !== -1) { b.checked = true; restored = true; } });
    });
    return restored;
  }

  function setupDraft(form) {
    var key = form.getAttribute("data-draft");
    var url = "/drafts/" + key;
    var status = document.createElement("p");
    status.className = "draft-status";
    status.setAttribute("aria-live", "polite");
    var actions = form.querySelector(".actions");
    form.insertBefore(status, actions);

    var local = null;
    try { local = JSON.parse(localStorage.getItem(PREFIX + key) || "null"); } catch (e) { local = null; }
    if (local && local.data && restore(form, local.data)) {
      status.textContent = "We brought back what you were writing.";
    } else if (window.fetch) {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (body && body.data && hasWords(body.data) && restore(form, body.data)) {
            status.textContent = "We brought back what you were writing.";
          }
        })
        .catch(function () { /* offline: nothing to bring back from the server */ });
    }

    var serverTimer = null;
    function saveLocal() {
      var data = collect(form);
      try { localStorage.setItem(PREFIX + key, JSON.stringify({ data: data, at: Date.now() })); } catch (e) { /* full or blocked */ }
      status.textContent = "Kept on this device.";
      clearTimeout(serverTimer);
      serverTimer = setTimeout(function () { saveServer(data); }, 1500);
    }
    function saveServer(data) {
      if (!window.fetch || !hasWords(data)) return;
      fetch(url, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        body: JSON.stringify(data)
      }).then(function (r) {
        status.textContent = r.ok ? "Draft saved." : "Kept on this device. It will be here when you come back.";
      }).catch(function () {
        status.textContent = "You're offline. Your words are kept on this device.";
      });
    }
    form.addEventListener("input", saveLocal);
    form.addEventListener("change", saveLocal);
    form.addEventListener("submit", function () { saveLocal(); clearTimeout(serverTimer); });
  }

  function ready() {
    document.querySelectorAll("form[data-draft]").forEach(setupDraft);
    // Insights: a new range shows at once.
    document.querySelectorAll("form.range-picker input[type=radio]").forEach(function (input) {
      input.addEventListener("change", function () { input.form.submit(); });
    });
    // Buttons that ask before removing something.
    document.addEventListener("submit", function (ev) {
      var msg = ev.target.getAttribute && ev.target.getAttribute("data-confirm");
      if (msg && !window.confirm(msg)) ev.preventDefault();
    }, true);
  }

  // A journal left open on a shared phone hides itself after a while without a touch.
  // Words being typed are already kept on this device and come back after signing in.
  function idleLock() {
    var minutes = parseInt(document.body.getAttribute("data-idle-minutes") || "0", 10);
    if (!minutes) return;
    var timer;
    function reset() {
      clearTimeout(timer);
      timer = setTimeout(function () {
        window.location.replace("/accounts/login/?next=" + encodeURIComponent(location.pathname));
      }, minutes * 60 * 1000);
    }
    ["pointerdown", "keydown", "input", "scroll"].forEach(function (name) {
      document.addEventListener(name, reset, { passive: true });
    });
    reset();
  }

  // Leave quickly from the keyboard: Escape three times within two seconds.
  function escapeToLeave() {
    var form = document.querySelector("form.leave-form");
    if (!form) return;
    var presses = [];
    document.addEventListener("keydown", function (ev) {
      if (ev.key !== "Escape") return;
      var now = Date.now();
      presses = presses.filter(function (t) { return now - t < 2000; });
      presses.push(now);
      if (presses.length >= 3) form.submit();
    });
  }

  document.addEventListener("DOMContentLoaded", function () { idleLock(); escapeToLeave(); });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
