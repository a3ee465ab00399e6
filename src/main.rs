//! `mail-lsp`: the language server (default), `explain`, `check`, `summary`.

use clap::{Parser, Subcommand, ValueEnum};
use mail_lsp::cli;

#[derive(Parser)]
#[command(
    name = "mail-lsp",
    version,
    about = "SMTP codes explained where they stand: a language server for mail logs and mail-server configs"
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Accepted and ignored: stdio is the only transport (clients pass it by convention)
    #[arg(long, global = true, hide = true)]
    stdio: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum GroupBy {
    Code,
    Reason,
}

#[derive(Subcommand)]
enum Command {
    /// Speak LSP over stdin/stdout (the default)
    Serve,
    /// Explain an SMTP code: 550, 5.1.1, "550 5.1.1", X.1.1, 5.1
    Explain {
        /// The code, optionally with the reply text
        #[arg(required = true, num_args = 1..)]
        code: Vec<String>,
        /// Language: en or fr (default: from LANG / LC_ALL)
        #[arg(long)]
        lang: Option<String>,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Check files like the editor does: path:line:col: severity: message [rule]
    Check {
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[arg(long)]
        lang: Option<String>,
        /// The Postfix version the configurations are for (e.g. 3.7)
        #[arg(long, value_parser = parse_postfix_version)]
        postfix_version: Option<mail_lsp::analysis::config::version::Version>,
    },
    /// Decode bounce messages: one record per failed recipient, with its reason
    Bounce {
        /// Messages (.eml) or mboxes
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
        #[arg(long)]
        lang: Option<String>,
    },
    /// Outcomes of a mail log grouped by enhanced code (or by reason), with counts and meanings
    Summary {
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        /// Group by the enhanced code or by the reason behind each outcome
        #[arg(long, value_enum, default_value = "code")]
        by: GroupBy,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
        #[arg(long)]
        lang: Option<String>,
    },
}

fn parse_postfix_version(
    text: &str,
) -> Result<mail_lsp::analysis::config::version::Version, String> {
    mail_lsp::analysis::config::version::Version::parse(text)
        .ok_or_else(|| format!("{text:?} is not a Postfix version such as 3.7"))
}

fn main() {
    let args = Args::parse();
    let status = match args.command {
        None | Some(Command::Serve) => serve(),
        Some(Command::Explain { code, lang, json }) => cli::explain(
            &code,
            cli::lang_from_env(lang.as_deref()),
            json,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Check {
            files,
            format,
            lang,
            postfix_version,
        }) => cli::check(
            &files,
            cli::lang_from_env(lang.as_deref()),
            postfix_version,
            matches!(format, Format::Json),
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Bounce { files, json, lang }) => cli::bounce(
            &files,
            cli::lang_from_env(lang.as_deref()),
            json,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Summary {
            files,
            by: GroupBy::Code,
            json,
            lang,
        }) => cli::summary(
            &files,
            cli::lang_from_env(lang.as_deref()),
            json,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Summary {
            files,
            by: GroupBy::Reason,
            json,
            lang,
        }) => cli::summary_by_reason(
            &files,
            cli::lang_from_env(lang.as_deref()),
            json,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
    };
    std::process::exit(status);
}

fn serve() -> i32 {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "mail_lsp=warn".into()),
        )
        .init();
    mail_lsp::server::run(std::io::stdin(), std::io::stdout())
}
