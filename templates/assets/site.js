/* QualitySite: the 长辈模式 switch and 朗读 (read aloud). Optional: every page reads without it.
   The mode is set before the page paints by a line in base.hbs; this file only adds the controls. */
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "qsite-mode";

  function remember(on) {
    try {
      if (on) { localStorage.setItem(KEY, "elderly"); } else { localStorage.removeItem(KEY); }
    } catch (e) { /* private browsing: the mode lasts for this page only */ }
  }

  var modeSwitch = document.getElementById("mode-switch");
  if (modeSwitch) {
    var show = function () { modeSwitch.setAttribute("aria-pressed", root.classList.contains("elderly") ? "true" : "false"); };
    modeSwitch.hidden = false;
    show();
    modeSwitch.addEventListener("click", function () {
      remember(root.classList.toggle("elderly"));
      show();
    });
  }

  var box = document.getElementById("read-aloud");
  var speech = window.speechSynthesis;
  if (!box || !speech || typeof window.SpeechSynthesisUtterance !== "function") { return; }

  // zh-Hans is read with a Mainland voice; zh-Hant with a Hong Kong or Taiwan one, whichever the device has.
  function voiceFor(lang) {
    var wanted = /^zh-Hant-TW/i.test(lang) ? ["zh-TW", "zh-HK"] : /^zh-Hant/i.test(lang) ? ["zh-HK", "zh-TW"] : ["zh-CN"];
    var voices = speech.getVoices ? speech.getVoices() : [];
    for (var w = 0; w < wanted.length; w++) {
      for (var v = 0; v < voices.length; v++) {
        if (voices[v].lang.replace("_", "-").toLowerCase() === wanted[w].toLowerCase()) { return { lang: wanted[w], voice: voices[v] }; }
      }
    }
    return { lang: wanted[0], voice: null };
  }

  // The title, then the body, in sentences: long utterances stop short in some browsers.
  function sentences() {
    var article = box.closest("article") || document;
    var parts = [];
    var title = article.querySelector("h1");
    if (title) { parts.push(title.textContent); }
    var body = article.querySelector(".prose");
    if (body) { parts = parts.concat(body.innerText.replace(/([。！？；!?;])/g, "$1\n").split(/\n+/)); }
    return parts.map(function (s) { return s.trim(); }).filter(function (s) { return s.length > 0; });
  }

  var start = box.querySelector("[data-read=start]");
  var pause = box.querySelector("[data-read=pause]");
  var stop = box.querySelector("[data-read=stop]");
  var state = "idle";

  function set(next) {
    state = next;
    pause.disabled = stop.disabled = state === "idle";
    start.disabled = state !== "idle";
    pause.textContent = state === "paused" ? pause.getAttribute("data-resume") : pause.getAttribute("data-pause");
  }

  start.addEventListener("click", function () {
    var lang = article_lang();
    var chosen = voiceFor(lang);
    var list = sentences();
    speech.cancel();
    list.forEach(function (text, i) {
      var u = new SpeechSynthesisUtterance(text);
      u.lang = chosen.lang;
      if (chosen.voice) { u.voice = chosen.voice; }
      if (i === list.length - 1) { u.onend = function () { set("idle"); }; }
      speech.speak(u);
    });
    set(list.length > 0 ? "speaking" : "idle");
    pause.focus();
  });
  pause.addEventListener("click", function () {
    if (state === "speaking") { speech.pause(); set("paused"); } else if (state === "paused") { speech.resume(); set("speaking"); }
  });
  stop.addEventListener("click", function () {
    speech.cancel();
    set("idle");
    start.focus();
  });

  function article_lang() {
    var el = box.closest("[lang]");
    return el ? el.getAttribute("lang") : root.lang;
  }

  box.hidden = false;
  window.addEventListener("pagehide", function () { speech.cancel(); });
})();
