//! Saving text as a file the browser downloads (a Blob and a link clicked), and reading a
//! picked file as text. Nothing leaves the machine.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What is told a file's name after its download is started (an embed says where to look).
type Started = Option<Box<dyn Fn(&str)>>;

thread_local! {
    static STARTED: RefCell<Started> = const { RefCell::new(None) };
}

/// Calls `f` with the file's name whenever a download is started.
pub fn on_download(f: impl Fn(&str) + 'static) {
    STARTED.with(|s| *s.borrow_mut() = Some(Box::new(f)));
}

/// Offers `text` as a download named `name` of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(&document, name, &blob);
    }
}

/// Offers `blob` as a download named `name`.
pub fn download_blob(document: &web_sys::Document, name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Some(a) =
        document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
        STARTED.with(|s| {
            if let Some(f) = s.borrow().as_ref() {
                f(name)
            }
        });
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of a picked file, decoded as UTF-8.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Now, in ms since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}
