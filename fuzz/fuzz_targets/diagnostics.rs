#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mail_lsp_fuzz::diagnostics(data));
