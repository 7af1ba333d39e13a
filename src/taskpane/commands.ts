// The ribbon's function file (commands.html) only tells Office it is ready: the button opens the pane.
// A file of its own, because the content security policy allows no inline script.
void Office.onReady();
