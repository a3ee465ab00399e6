//! The workspace's files, read safely: only regular files under the
//! workspace folders the client named, never through a link that leads
//! outside them, with caps on how many files are listed, how deep, and how
//! large a file may be to be read.
//!
//! Used to follow what a configuration names (a main.cf's map files) and,
//! beyond configurations, to find the file a log line comes from. Pure
//! standard library: blocking I/O, so callers run it on blocking threads.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// At most this many files are listed, whatever the workspace holds.
pub const MAX_FILES: usize = 20_000;
/// Folders deeper than this below a workspace folder are not listed.
pub const MAX_DEPTH: usize = 12;
/// Files larger than this are not read.
pub const MAX_READ: u64 = 4 * 1024 * 1024;

/// Folders never listed: version control, build outputs, dependencies.
const SKIPPED: &[&str] = &[
    ".git",
    ".hg",
    ".svn",
    "node_modules",
    "target",
    ".venv",
    "__pycache__",
];

/// A listing is reused for this long: a request on each keystroke does
/// not walk the workspace again, a file created is seen soon after.
const LISTING_LIFETIME: Duration = Duration::from_secs(5);

type Listing = Option<(Instant, Arc<Vec<String>>)>;

/// The workspace folders, as canonical paths. Clones share the last
/// listing of their files.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    roots: Vec<PathBuf>,
    listing: Arc<Mutex<Listing>>,
}

impl PartialEq for Workspace {
    fn eq(&self, other: &Workspace) -> bool {
        self.roots == other.roots
    }
}

impl Eq for Workspace {}

impl Workspace {
    /// The folders that exist, canonical (links resolved), without
    /// duplicates or folders inside another.
    pub fn new(folders: impl IntoIterator<Item = PathBuf>) -> Workspace {
        let mut roots: Vec<PathBuf> = folders
            .into_iter()
            .filter_map(|folder| folder.canonicalize().ok())
            .filter(|folder| folder.is_dir())
            .collect();
        roots.sort();
        roots.dedup();
        let nested: Vec<bool> = roots
            .iter()
            .map(|root| {
                roots
                    .iter()
                    .any(|other| other != root && root.starts_with(other))
            })
            .collect();
        let roots = roots
            .into_iter()
            .zip(nested)
            .filter(|(_, nested)| !nested)
            .map(|(root, _)| root)
            .collect();
        Workspace {
            roots,
            listing: Arc::default(),
        }
    }

    /// The folders, for `workspace/didChangeWorkspaceFolders`: `added`
    /// ones in, `removed` ones out.
    pub fn changed(&self, added: Vec<PathBuf>, removed: &[PathBuf]) -> Workspace {
        let removed: Vec<PathBuf> = removed
            .iter()
            .map(|folder| folder.canonicalize().unwrap_or_else(|_| folder.clone()))
            .collect();
        Workspace::new(
            self.roots
                .iter()
                .filter(|root| !removed.contains(root))
                .cloned()
                .chain(added),
        )
    }

    /// [`Workspace::files`], listed again when the last listing is older
    /// than a few seconds.
    pub fn files_cached(&self) -> Arc<Vec<String>> {
        let mut listing = self.listing.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((made, files)) = listing.as_ref()
            && made.elapsed() < LISTING_LIFETIME
        {
            return files.clone();
        }
        let files = Arc::new(self.files());
        *listing = Some((Instant::now(), files.clone()));
        files
    }

    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }

    /// Whether `path` (canonical) is inside a workspace folder.
    fn contains(&self, path: &Path) -> bool {
        self.roots.iter().any(|root| path.starts_with(root))
    }

    /// The regular files under the workspace folders, as `/`-separated
    /// canonical paths, sorted, at most [`MAX_FILES`]. A link is listed
    /// only when it leads to a regular file inside the workspace; linked
    /// folders are not entered.
    pub fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack: Vec<(PathBuf, usize)> =
            self.roots.iter().map(|root| (root.clone(), 0)).collect();
        while let Some((dir, depth)) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
            entries.sort_by_key(|entry| entry.file_name());
            for entry in entries {
                if out.len() >= MAX_FILES {
                    return finish(out);
                }
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_dir() {
                    let skipped = entry
                        .file_name()
                        .to_str()
                        .is_some_and(|name| SKIPPED.contains(&name));
                    if !skipped && depth < MAX_DEPTH {
                        stack.push((path, depth + 1));
                    }
                } else if kind.is_file() {
                    out.extend(path.to_str().map(slashes));
                } else if kind.is_symlink()
                    && let Ok(target) = path.canonicalize()
                    && target.is_file()
                    && self.contains(&target)
                {
                    out.extend(path.to_str().map(slashes));
                }
            }
        }
        finish(out)
    }

    /// The text of a regular file inside the workspace (after resolving
    /// links), at most [`MAX_READ`] bytes, valid UTF-8; `None` otherwise.
    pub fn read(&self, path: &Path) -> Option<String> {
        let canonical = path.canonicalize().ok()?;
        if !self.contains(&canonical) {
            return None;
        }
        let metadata = std::fs::metadata(&canonical).ok()?;
        if !metadata.is_file() || metadata.len() > MAX_READ {
            return None;
        }
        let bytes = std::fs::read(&canonical).ok()?;
        if bytes.len() as u64 > MAX_READ {
            return None;
        }
        String::from_utf8(bytes).ok()
    }
}

fn slashes(path: &str) -> String {
    path.replace('\\', "/")
}

fn finish(mut files: Vec<String>) -> Vec<String> {
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder under the system's temporary folder.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("mail-lsp-workspace-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.canonicalize().unwrap()
    }

    #[test]
    fn lists_and_reads_only_inside_the_folders() {
        let root = scratch("inside");
        let outside = scratch("outside");
        std::fs::create_dir_all(root.join("postfix/maps")).unwrap();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::write(root.join("postfix/main.cf"), "x = 1\n").unwrap();
        std::fs::write(root.join("postfix/maps/virtual"), "a b\n").unwrap();
        std::fs::write(root.join(".git/config"), "[core]\n").unwrap();
        std::fs::write(outside.join("secret"), "s3cret\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::symlink;
            symlink(outside.join("secret"), root.join("postfix/leak")).unwrap();
            symlink(&outside, root.join("postfix/elsewhere")).unwrap();
            symlink(root.join("postfix/main.cf"), root.join("main.cf")).unwrap();
        }
        let workspace = Workspace::new([root.clone(), root.join("postfix")]);
        let files = workspace.files();
        let shown: Vec<&str> = files
            .iter()
            .map(|f| f.strip_prefix(root.to_str().unwrap()).unwrap())
            .collect();
        #[cfg(unix)]
        assert_eq!(
            shown,
            ["/main.cf", "/postfix/main.cf", "/postfix/maps/virtual"]
        );
        assert_eq!(
            workspace
                .read(&root.join("postfix/maps/virtual"))
                .as_deref(),
            Some("a b\n")
        );
        assert_eq!(workspace.read(&outside.join("secret")), None);
        #[cfg(unix)]
        assert_eq!(workspace.read(&root.join("postfix/leak")), None);
        assert_eq!(workspace.read(&root.join("postfix/nowhere")), None);
        assert_eq!(workspace.read(&root.join("postfix")), None);
        // Too large to read.
        std::fs::write(root.join("big"), vec![b'x'; MAX_READ as usize + 1]).unwrap();
        assert_eq!(workspace.read(&root.join("big")), None);
        assert!(Workspace::new([outside.join("missing")]).is_empty());
        let listed = workspace.files_cached();
        assert_eq!(listed.as_slice(), workspace.files().as_slice());
        assert!(Arc::ptr_eq(&listed, &workspace.files_cached()));
        let fewer = workspace.changed(Vec::new(), std::slice::from_ref(&root));
        assert!(fewer.is_empty());
        let back = fewer.changed(vec![root.clone()], &[]);
        assert_eq!(back, Workspace::new([root.clone()]));
        let _ = std::fs::remove_dir_all(&root);
        let _ = std::fs::remove_dir_all(&outside);
    }
}
