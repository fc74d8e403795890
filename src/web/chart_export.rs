//! A chart as a file a client can put on a slide: the SVG as shown (its colours and fonts
//! written inline, so it looks the same anywhere, on the theme's background) or a PNG drawn
//! from it at twice its on-screen size in CSS pixels.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::message::Id;
use crate::core::outbound::export::file_name_as;
use crate::web::words::word;

use super::download::{download, download_blob, now};

/// Properties copied from the page's styles onto each element of the exported SVG.
const STYLES: [&str; 9] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "opacity",
    "font-size",
    "font-weight",
    "font-family",
];

/// Writes one property into an SVG element's inline style through its style object: the
/// page's Content-Security-Policy refuses style attributes, not style properties, and the
/// serialized copy carries them as its `style` attribute all the same.
fn set_style(element: &web_sys::Element, property: &str, value: &str) {
    if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.style().set_property(property, value);
    }
}

/// The chart in `figure` as standalone SVG text, and its on-screen size.
fn standalone(figure: &web_sys::Element) -> Option<(String, f64, f64)> {
    let window = web_sys::window()?;
    let svg = figure.query_selector("svg").ok()??;
    let rect = svg.get_bounding_client_rect();
    let (w, h) = (rect.width(), rect.height());
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let originals = svg.query_selector_all("*").ok()?;
    let copies = copy.query_selector_all("*").ok()?;
    for i in 0..originals.length() {
        let (Some(o), Some(c)) = (originals.item(i), copies.item(i)) else { continue };
        let (Ok(o), Ok(c)) = (o.dyn_into::<web_sys::Element>(), c.dyn_into::<web_sys::Element>()) else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&o) else { continue };
        for p in STYLES {
            if let Some(v) = style.get_property_value(p).ok().filter(|v| !v.is_empty()) {
                set_style(&c, p, &v);
            }
        }
        let _ = c.remove_attribute("class");
    }
    let root = window.document()?.document_element()?;
    let paper = window.get_computed_style(&root).ok()??.get_property_value("--paper").ok()?;
    let _ = copy.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    let _ = copy.set_attribute("width", &format!("{w}"));
    let _ = copy.set_attribute("height", &format!("{h}"));
    set_style(&copy, "background", paper.trim());
    if let Ok(bg) = window.document()?.create_element_ns(Some("http://www.w3.org/2000/svg"), "rect") {
        for (k, v) in [("x", "-10000"), ("y", "-10000"), ("width", "20000"), ("height", "20000")] {
            let _ = bg.set_attribute(k, v);
        }
        set_style(&bg, "fill", paper.trim());
        let _ = copy.prepend_with_node_1(&bg);
    }
    let text = web_sys::XmlSerializer::new().ok()?.serialize_to_string(&copy).ok()?;
    Some((text, w, h))
}

fn png(svg: String, w: f64, h: f64, name: String) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(img) = web_sys::HtmlImageElement::new() else { return };
    let url =
        format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg)));
    let drawn = img.clone();
    let onload = Closure::once_into_js(move || {
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width((w * 2.0).round() as u32);
        canvas.set_height((h * 2.0).round() as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, w * 2.0, h * 2.0);
        let save = Closure::once_into_js(move |blob: JsValue| {
            if let (Ok(blob), Some(document)) =
                (blob.dyn_into::<web_sys::Blob>(), web_sys::window().and_then(|w| w.document()))
            {
                download_blob(&document, &name, &blob);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
}

/// "Download SVG" and "Download PNG" for the chart in the figure with id `figure`.
#[component]
pub fn ChartDownloads(
    figure: &'static str,
    what: &'static str,
    #[prop(into)] name: Signal<String>,
) -> impl IntoView {
    let export = move |as_png: bool| {
        let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(figure))
        else {
            return;
        };
        let Some((svg, w, h)) = standalone(&el) else { return };
        let ext = if as_png { "png" } else { "svg" };
        let file = file_name_as(&name.get_untracked(), what, ext, now());
        if as_png {
            png(svg, w, h, file);
        } else {
            download(&file, "image/svg+xml", &svg);
        }
    };
    view! {
        <p class="export-row">
            <button type="button" on:click=move |_| export(false)>{word(Id::ChartDownloadSvg)}</button>
            <button type="button" on:click=move |_| export(true)>{word(Id::ChartDownloadPng)}</button>
        </p>
    }
}
