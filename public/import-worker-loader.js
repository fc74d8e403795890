// Starts the import worker (src/worker.rs): loads wasm-bindgen's glue, then the wasm next to
// index.html. Trunk builds both (index.html, data-type="worker").
importScripts('../import-worker.js');
wasm_bindgen({ module_or_path: '../import-worker_bg.wasm' });
