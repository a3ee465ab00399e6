//! The client's bytes, read on a thread of their own a chunk at a time, so
//! that copying out of the pipe (the system's work) and filling a frame
//! (the reader's: a 100 MB `didOpen` touches every page of its buffer)
//! run on two cores at once instead of taking turns on one.
//!
//! At most [`AHEAD`] chunks wait between the two threads, so a reader
//! that stops reading stops the pump within a few MiB. A chunk is handed
//! on as soon as one read fills it in part: a small message waits for no
//! other.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};

/// Bytes one read of the input may bring (a pipe holds 64 KiB).
const CHUNK: usize = 256 << 10;
/// Chunks read ahead of the reader.
const AHEAD: usize = 32;

/// What the pump hands on: a chunk and how much of it was read, or the
/// input's error. The end of the input closes the channel.
type Filled = io::Result<(Vec<u8>, usize)>;

/// A [`Read`] whose bytes a pump thread reads from `input` ahead of time.
pub(crate) struct Pumped {
    filled: Receiver<Filled>,
    /// Chunks the reader is done with, for the pump to read into again.
    spent: SyncSender<Vec<u8>>,
    current: Vec<u8>,
    at: usize,
    len: usize,
    ended: bool,
}

impl Pumped {
    pub(crate) fn new(mut input: impl Read + Send + 'static) -> io::Result<Pumped> {
        let (fill, filled) = sync_channel::<Filled>(AHEAD);
        let (spent, reuse) = sync_channel::<Vec<u8>>(AHEAD + 2);
        std::thread::Builder::new()
            .name("mail-lsp-input".into())
            .spawn(move || {
                loop {
                    let mut chunk = match reuse.try_recv() {
                        Ok(chunk) => chunk,
                        Err(TryRecvError::Empty | TryRecvError::Disconnected) => vec![0; CHUNK],
                    };
                    let outcome = match input.read(&mut chunk) {
                        Ok(0) => return,
                        Ok(n) => Ok((chunk, n)),
                        Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                        Err(error) => Err(error),
                    };
                    let failed = outcome.is_err();
                    if fill.send(outcome).is_err() || failed {
                        return;
                    }
                }
            })?;
        Ok(Pumped {
            filled,
            spent,
            current: Vec::new(),
            at: 0,
            len: 0,
            ended: false,
        })
    }
}

impl Read for Pumped {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        while self.at == self.len {
            if self.ended {
                return Ok(0);
            }
            let done = std::mem::take(&mut self.current);
            if !done.is_empty() {
                let _ = self.spent.try_send(done);
            }
            match self.filled.recv() {
                Ok(Ok((chunk, n))) => {
                    self.current = chunk;
                    self.at = 0;
                    self.len = n;
                }
                Ok(Err(error)) => {
                    self.ended = true;
                    return Err(error);
                }
                Err(_) => {
                    self.ended = true;
                    return Ok(0);
                }
            }
        }
        let n = out.len().min(self.len - self.at);
        out[..n].copy_from_slice(&self.current[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out its bytes in reads of uneven sizes, then an error or the end.
    struct Uneven {
        bytes: Vec<u8>,
        at: usize,
        step: usize,
        error_at_end: bool,
    }

    impl Read for Uneven {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.at == self.bytes.len() {
                return if self.error_at_end {
                    Err(io::Error::other("the pipe broke"))
                } else {
                    Ok(0)
                };
            }
            self.step = self.step % 70_001 + 7_919;
            let n = out.len().min(self.step).min(self.bytes.len() - self.at);
            out[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn bytes(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn every_byte_comes_through_in_order_whatever_the_read_sizes() {
        let sent = bytes(3 * CHUNK * AHEAD + 12_345);
        let input = Uneven {
            bytes: sent.clone(),
            at: 0,
            step: 1,
            error_at_end: false,
        };
        let mut pumped = Pumped::new(input).unwrap();
        let mut got = Vec::new();
        let mut small = [0u8; 1000];
        // Small reads first, then the rest at once.
        for _ in 0..50 {
            let n = pumped.read(&mut small).unwrap();
            got.extend_from_slice(&small[..n]);
        }
        pumped.read_to_end(&mut got).unwrap();
        assert_eq!(got.len(), sent.len());
        assert!(got == sent, "the bytes differ");
        assert_eq!(pumped.read(&mut small).unwrap(), 0, "the end stays the end");
    }

    #[test]
    fn an_input_error_reaches_the_reader_after_the_bytes_before_it() {
        let sent = bytes(100_000);
        let input = Uneven {
            bytes: sent.clone(),
            at: 0,
            step: 1,
            error_at_end: true,
        };
        let mut pumped = Pumped::new(input).unwrap();
        let mut got = Vec::new();
        let error = pumped.read_to_end(&mut got).unwrap_err();
        assert_eq!(error.to_string(), "the pipe broke");
        assert!(got == sent);
        assert_eq!(pumped.read(&mut [0u8; 10]).unwrap(), 0);
    }

    #[test]
    fn an_empty_input_is_the_end_at_once() {
        let mut pumped = Pumped::new(io::empty()).unwrap();
        assert_eq!(pumped.read(&mut [0u8; 10]).unwrap(), 0);
    }
}
