//! Writes seed inputs for the fuzz targets into DIR/<target>/: the import fixtures and the
//! dated deal exports of tests/fixtures/closing (behind
//! the two bytes the file target reads its settings from), and a real share link, saved
//! workspace and backup of the sample workspace with two scenarios.
use std::fs;
use std::path::Path;

use messaging_ladder::core::storage::backup::{self, Saved};
use messaging_ladder::core::storage::persist;
use messaging_ladder::core::outbound::share;
use messaging_ladder::core::workspace::Workspace;

fn write(dir: &Path, target: &str, name: &str, bytes: &[u8]) {
    let at = dir.join(target);
    fs::create_dir_all(&at).expect("a seed folder");
    fs::write(at.join(name), bytes).expect("a seed file");
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: seeds DIR");
    let dir = Path::new(&dir);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/import");
    let mut files: Vec<_> = Vec::new();
    let closing = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/closing");
    let dated = fs::read_dir(closing).expect("the closing fixtures").map(|e| e.expect("a fixture").path());
    files.extend(dated.filter(|p| p.extension().is_some_and(|e| e == "csv")));
    for entry in fs::read_dir(fixtures).expect("the import fixtures") {
        let path = entry.expect("a fixture").path();
        match path.is_dir() {
            true => files
                .extend(fs::read_dir(&path).expect("a fixture folder").map(|e| e.expect("a fixture").path())),
            false => files.push(path),
        }
    }
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(&path).expect("a fixture's bytes");
        write(dir, "paste", &name, &bytes);
        write(dir, "import_file", &name, &[[0u8, 0u8].as_slice(), &bytes].concat());
    }
    let sample = Workspace::sample();
    write(dir, "share_link", "sample", share::encode(&sample).as_bytes());
    write(dir, "share_payload", "sample", &[255u8]);
    write(dir, "storage", "sample", persist::encode(&sample).as_bytes());
    write(dir, "storage", "sample-revision", persist::encode_revision(&sample, 7).as_bytes());
    let saved = Saved { name: "Acme Dental".into(), changed: 1_796_122_877_049.0, workspace: sample };
    write(dir, "backup", "sample", backup::write(vec![saved]).as_bytes());
}
