/* global window, document */
/*
 * Handleplan's pane needs a modern web view. Office on Windows shows add-ins in Internet Explorer 11
 * (Trident) or Microsoft Edge Legacy (EdgeHTML) where WebView2 is missing (Office 2016/2019 retail,
 * Microsoft 365 without the WebView2 runtime), and the pane's script cannot run there. This file is
 * plain ES5, served from the add-in's own address and loaded before the pane's script: in those web
 * views it shows the page's Danish message and removes the pane's root, so the pane never starts.
 * Microsoft's way to tell the web view: its user agent (learn.microsoft.com, "Support older Microsoft
 * webviews and Office versions").
 */
(function () {
  var agent = window.navigator.userAgent;
  if (agent.indexOf('Trident/') === -1 && agent.indexOf('Edge/') === -1) return;
  var message = document.getElementById('old-host');
  var root = document.getElementById('root');
  if (message !== null) message.removeAttribute('hidden');
  if (root !== null) root.parentNode.removeChild(root);
})();
