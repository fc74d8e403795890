//! Below the checksum: a link whose compression and checksum are right, carrying the sample
//! workspace's JSON with one value replaced as the input says (any path, any JSON value, or
//! raw text), so the fuzzer spends its time on the payload's structure and values, not on
//! checksums. Checks: what opens re-encodes to itself and passes validation; nothing panics.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use messaging_ladder::core::outbound::share;
use messaging_ladder::core::workspace::Workspace;
use serde_json::Value;
use std::sync::OnceLock;

/// Raw deflate of `data` in stored (uncompressed) blocks: what the link's inflater reads,
/// without the cost of compressing (the share_link target covers compressed streams).
fn stored(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 5 * (data.len() / 0xffff + 1));
    let blocks: Vec<&[u8]> = if data.is_empty() { vec![data] } else { data.chunks(0xffff).collect() };
    for (i, block) in blocks.iter().enumerate() {
        let len = block.len() as u16;
        out.push(u8::from(i + 1 == blocks.len()));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out
}

fn link(json: &[u8]) -> String {
    let compressed = stored(json);
    format!("{}{:08x}.{}", share::PREFIX, crc32fast::hash(&compressed), URL_SAFE_NO_PAD.encode(compressed))
}

/// Every path to a value in `value`, depth first.
fn paths(value: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    let children: Vec<(String, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    };
    for (key, child) in children {
        at.push(key);
        paths(child, at, out);
        at.pop();
    }
}

fn slot<'a>(value: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, key| match v {
        Value::Object(map) => map.get_mut(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

/// The sample workspace as JSON, and every path in it (the same for every input).
static SAMPLE: OnceLock<(Value, Vec<Vec<String>>)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let (sample, all) = SAMPLE.get_or_init(|| {
        let sample = serde_json::to_value(Workspace::sample()).expect("the sample serializes");
        let mut all = Vec::new();
        paths(&sample, &mut Vec::new(), &mut all);
        (sample, all)
    });
    let json = if choice == 255 {
        rest.to_vec()
    } else {
        let mut sample = sample.clone();
        let path = &all[usize::from(choice) % all.len()];
        let replacement = serde_json::from_slice::<Value>(rest)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(rest).into_owned()));
        if let Some(target) = slot(&mut sample, path) {
            *target = replacement;
        }
        serde_json::to_vec(&sample).expect("a value serializes")
    };
    let Ok(workspace) = share::decode(&link(&json)) else { return };
    assert_eq!(share::validate(&workspace), Ok(()));
    assert_eq!(share::decode(&share::encode(&workspace)), Ok(workspace));
});
