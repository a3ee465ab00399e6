//! `mail-lsp bounce` throughput: the release binary decodes the 299
//! development bounces (`fixtures/corpora/sisimai-dev/emails`) in one run;
//! the best of three, in messages per second.

use std::path::Path;
use std::time::{Duration, Instant};

/// `(messages, best wall time)`, or why it could not run.
pub fn time_bounce(binary: &Path) -> Result<(usize, Duration), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/corpora/sisimai-dev/emails");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
        .collect();
    files.sort();
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let output = std::process::Command::new(binary)
            .arg("bounce")
            .arg("--json")
            .args(&files)
            .output()
            .map_err(|e| format!("running {}: {e}", binary.display()))?;
        let elapsed = started.elapsed();
        if output.status.code() != Some(0) {
            return Err(format!(
                "bounce exited {:?}: {}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        best = best.min(elapsed);
    }
    Ok((files.len(), best))
}

/// The report line: `bounce: 299 messages in 120.0 ms: 2490 messages/s`.
pub fn line(messages: usize, time: Duration) -> String {
    format!(
        "bounce: {messages} development bounces decoded in {:.1} ms (best of 3, one process): {:.0} messages/s",
        super::ms(time),
        messages as f64 / time.as_secs_f64()
    )
}
