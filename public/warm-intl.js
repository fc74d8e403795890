// Started by index.html's head script while the wasm downloads: the first Intl.NumberFormat
// of a page loads the browser's locale data, which takes 20–60 ms; the data is shared by the
// whole renderer process, so loading it here keeps that time off the page's main thread
// when the app formats its first number.
new Intl.NumberFormat(self.navigator.language, { style: 'currency', currency: 'USD' }).format(1.5);
close();
