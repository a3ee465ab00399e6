#!/usr/bin/env python3
"""Writes the TextMate grammars (*.tmLanguage.json) beside this file. Edit this, then run: python3 syntaxes/generate.py"""
import json, os
OUT = os.path.dirname(os.path.abspath(__file__))

def w(name, g):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(g, f, indent=2)
        f.write('\n')

CLASS = {'2': ('inserted', 'success'), '4': ('changed', 'transient'), '5': ('deleted', 'permanent')}
ENH_TAIL = r'\.(?:0|[1-9]\d{0,2})\.(?:0|[1-9]\d{0,2})(?![\w]|\.\d)'
# reply code contexts, all fixed-width alternatives (Oniguruma look-behind)
REPLY_BEFORE = r'(?<=said: |reply=|stat=Deferred: |Diagnostic-Code: smtp; |Diagnostic-Code: SMTP; |Diagnostic-Code: X-Postfix; |ERROR:"|ERROR:|error:nouser |_action = |_code = |\$: "|\(|: )'

codes_patterns = []
repo = {}
for c, (markup, meaning) in CLASS.items():
    # a reply code directly followed by an enhanced code: 550 5.1.1, 550-5.1.1
    repo[f'reply-{c}xx-with-enhanced'] = {
        'match': rf'(?<![\w.$]){c}\d\d(?=[ -][245]{ENH_TAIL})',
        'name': f'markup.{markup}.smtp-reply.{meaning}.smtp-codes',
    }
    repo[f'reply-{c}xx-in-context'] = {
        'match': rf'{REPLY_BEFORE}{c}\d\d(?=[ -]|$|")',
        'name': f'markup.{markup}.smtp-reply.{meaning}.smtp-codes',
    }
    repo[f'enhanced-{c}'] = {
        'match': rf'(?<![\w.$/-]){c}{ENH_TAIL}',
        'name': f'markup.{markup}.smtp-enhanced.{meaning}.smtp-codes',
    }
repo['ipv4'] = {
    # eaten first so that no part of an address is taken for a code
    'match': r'(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]?\d)',
    'name': 'meta.ipv4.smtp-codes',
}
order = ['ipv4'] + [f'reply-{c}xx-with-enhanced' for c in CLASS] + [f'reply-{c}xx-in-context' for c in CLASS] + [f'enhanced-{c}' for c in CLASS]
w('smtp-codes.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'SMTP codes',
    'scopeName': 'source.smtp-codes',
    'comment': 'Reply codes (in a reply context) and enhanced status codes, coloured by class: 2 = markup.inserted, 4 = markup.changed, 5 = markup.deleted. Included by every mail-lsp grammar.',
    'patterns': [{'include': f'#{k}'} for k in order],
    'repository': repo,
})

# ---------------------------------------------------------------- mail log
MONTH = r'(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
w('mail-log.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Mail log',
    'scopeName': 'source.mail-log',
    'patterns': [
        {'include': '#syslog-prefix'},
        {'include': '#iso-prefix'},
        {'include': '#line-body'},
    ],
    'repository': {
        'syslog-prefix': {
            'comment': 'Feb 16 23:33:20 host postfix/smtpd[123]:',
            'match': rf'^({MONTH} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?)(?:\s+(\S+)(?:\s+([\w./-]+)(?:(\[)(\d+)(\]))?(:)(?=\s|$))?)?',
            'captures': {
                '1': {'name': 'comment.timestamp.mail-log'},
                '2': {'name': 'entity.name.type.host.mail-log'},
                '3': {'name': 'entity.name.function.process.mail-log'},
                '4': {'name': 'punctuation.definition.pid.begin.mail-log'},
                '5': {'name': 'meta.pid.mail-log'},
                '6': {'name': 'punctuation.definition.pid.end.mail-log'},
                '7': {'name': 'punctuation.separator.mail-log'},
            },
        },
        'iso-prefix': {
            'comment': 'RFC 3339 syslog (2024-08-25T10:04:35.051238+00:00 host postfix/smtpd[1]:) or Exim (2022-06-29 15:33:46 1PLKOW-00046U-EW ...)',
            'match': r'^(\d{4}-\d\d-\d\d(?:T| )\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)(?:\s+(?!(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})\b|[A-Z]=|<=|=>|->|\*\*|==|\[)(\S+)\s+([\w./-]+)(?:(\[)(\d+)(\]))?(:)(?=\s|$))?',
            'captures': {
                '1': {'name': 'comment.timestamp.mail-log'},
                '2': {'name': 'entity.name.type.host.mail-log'},
                '3': {'name': 'entity.name.function.process.mail-log'},
                '4': {'name': 'punctuation.definition.pid.begin.mail-log'},
                '5': {'name': 'meta.pid.mail-log'},
                '6': {'name': 'punctuation.definition.pid.end.mail-log'},
                '7': {'name': 'punctuation.separator.mail-log'},
            },
        },
        'line-body': {
            'patterns': [
                {'include': '#queue-id'},
                {'include': '#exim-flag'},
                {'include': '#severity'},
                {'include': '#status'},
                {'include': '#key'},
                {'include': '#address'},
                {'include': 'source.smtp-codes'},
            ],
        },
        'queue-id': {
            'patterns': [
                {
                    'comment': 'Postfix short (hex) and long queue ids, Sendmail queue ids, before a colon; NOQUEUE',
                    'match': r'(?<=: |^)(?:[0-9A-F]{6,12}|(?=[A-Za-z]*\d)[0-9A-Za-z]{12,20}|NOQUEUE)(?=:)',
                    'name': 'variable.other.constant.queue-id.mail-log',
                },
                {
                    'comment': 'Exim message ids: 1PLKOW-00046U-EW, 1qWkZ4-00000000Gbh-0Lqg',
                    'match': r'(?<![\w-])[0-9A-Za-z]{6}-(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{2}|[0-9A-Za-z]{11}-[0-9A-Za-z]{4})(?![\w-])',
                    'name': 'variable.other.constant.queue-id.mail-log',
                },
            ],
        },
        'exim-flag': {
            'patterns': [
                {'match': r'(?<= )(=>|->|\*>)(?= )', 'name': 'markup.inserted.delivery.mail-log'},
                {'match': r'(?<= )(<=|<-)(?= )', 'name': 'keyword.other.arrival.mail-log'},
                {'match': r'(?<= )(==)(?= )', 'name': 'markup.changed.deferral.mail-log'},
                {'match': r'(?<= )(\*\*)(?= )', 'name': 'markup.deleted.failure.mail-log'},
            ],
        },
        'severity': {
            'patterns': [
                {'match': r'\b(?:warning|WARNING)(?=:)', 'name': 'markup.changed.severity.mail-log'},
                {'match': r'\b(?:error|fatal|panic|ERROR|FATAL|PANIC)(?=:)', 'name': 'markup.deleted.severity.mail-log'},
                {'match': r'(?<=: )(?:reject|discard|hold)(?=: )', 'name': 'markup.deleted.action.mail-log'},
            ],
        },
        'status': {
            'patterns': [
                {
                    'match': r'\b(status|stat)(=)(sent|delivered|Sent|deliverable)\b',
                    'captures': {'1': {'name': 'variable.parameter.key.mail-log'}, '2': {'name': 'keyword.operator.assignment.mail-log'}, '3': {'name': 'markup.inserted.status.mail-log'}},
                },
                {
                    'match': r'\b(status|stat)(=)(deferred|Deferred|queued|Queued)\b',
                    'captures': {'1': {'name': 'variable.parameter.key.mail-log'}, '2': {'name': 'keyword.operator.assignment.mail-log'}, '3': {'name': 'markup.changed.status.mail-log'}},
                },
                {
                    'match': r'\b(status|stat)(=)(bounced|expired|undeliverable|softbounce|[A-Z][a-z]+(?: [a-z]+)*(?= ?\(|,|$))',
                    'captures': {'1': {'name': 'variable.parameter.key.mail-log'}, '2': {'name': 'keyword.operator.assignment.mail-log'}, '3': {'name': 'markup.deleted.status.mail-log'}},
                },
            ],
        },
        'key': {
            'match': r'(?<![\w-])([a-z][a-z_]*|[A-Z])(=)',
            'captures': {'1': {'name': 'variable.parameter.key.mail-log'}, '2': {'name': 'keyword.operator.assignment.mail-log'}},
        },
        'address': {
            'match': r'<[^<>\s]*>',
            'name': 'string.unquoted.address.mail-log',
        },
    },
})

# ---------------------------------------------------------------- bounce
w('mail-bounce.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Mail message (bounce)',
    'scopeName': 'text.mail-bounce',
    'patterns': [
        {
            'match': r'^(Action)(:)\s*(failed)\b',
            'captures': {'1': {'name': 'keyword.other.dsn-field.mail-bounce'}, '2': {'name': 'punctuation.separator.mail-bounce'}, '3': {'name': 'markup.deleted.action.mail-bounce'}},
        },
        {
            'match': r'^(Action)(:)\s*(delayed)\b',
            'captures': {'1': {'name': 'keyword.other.dsn-field.mail-bounce'}, '2': {'name': 'punctuation.separator.mail-bounce'}, '3': {'name': 'markup.changed.action.mail-bounce'}},
        },
        {
            'match': r'^(Action)(:)\s*(delivered|relayed|expanded)\b',
            'captures': {'1': {'name': 'keyword.other.dsn-field.mail-bounce'}, '2': {'name': 'punctuation.separator.mail-bounce'}, '3': {'name': 'markup.inserted.action.mail-bounce'}},
        },
        {
            'match': r'(?i)^(Status|Action|Diagnostic-Code|Final-Recipient|Original-Recipient|Remote-MTA|Reporting-MTA|Received-From-MTA|Arrival-Date|Last-Attempt-Date|Will-Retry-Until|X-Postfix-Queue-ID|X-Postfix-Sender|X-Actual-Recipient|X-Original-Message-ID|Original-Envelope-Id|DSN-Gateway)(:)',
            'captures': {'1': {'name': 'keyword.other.dsn-field.mail-bounce'}, '2': {'name': 'punctuation.separator.mail-bounce'}},
        },
        {
            'match': r'^([A-Za-z][A-Za-z0-9-]*)(:)(?= |\t|$)',
            'captures': {'1': {'name': 'entity.other.attribute-name.header.mail-bounce'}, '2': {'name': 'punctuation.separator.mail-bounce'}},
        },
        {'match': r'^--\S+(?:--)?$', 'name': 'comment.boundary.mail-bounce'},
        {'match': r'<[^<>\s]*@[^<>\s]*>', 'name': 'string.unquoted.address.mail-bounce'},
        {'include': 'source.smtp-codes'},
    ],
})

# ---------------------------------------------------------------- postfix
COMMENT = {'match': r'^\s*#.*$', 'name': 'comment.line.number-sign'}
def comment(lang):
    return {'match': r'^\s*#.*$', 'name': f'comment.line.number-sign.{lang}'}

TABLE_ACTIONS = r'OK|DUNNO|REJECT|DEFER|DEFER_IF_REJECT|DEFER_IF_PERMIT|BCC|DISCARD|FILTER|HOLD|PREPEND|REDIRECT|INFO|WARN|IGNORE|REPLACE|STRIP|PASS|TRUST|FINAL|RELAY|SKIP|ERROR|TEMP|QUARANTINE|DROP|CONTINUE|ENHANCE'
maps = r'hash|lmdb|btree|cdb|dbm|sdbm|pcre|regexp|cidr|texthash|inline|static|ldap|mysql|pgsql|sqlite|proxy|unix|tcp|socketmap|memcache|fail|randmap|pipemap|unionmap|environ|nis|nisplus|internal|mongodb'
postfix_common = {
    'variable': {'match': r'\$(?:\{[A-Za-z0-9_]+(?:[?:][^}]*)?\}|\([A-Za-z0-9_]+\)|[A-Za-z0-9_]+)', 'name': 'variable.other.postfix'},
    'map': {'match': rf'\b({maps})(:)', 'captures': {'1': {'name': 'storage.type.map.postfix'}, '2': {'name': 'punctuation.separator.postfix'}}},
    'restriction': {'match': r'\b(?:permit|reject|defer|defer_if_permit|defer_if_reject|warn_if_reject|(?:permit|reject|check|defer)_[a-z0-9_]+|reject_unauth_destination|sleep)\b', 'name': 'support.function.restriction.postfix'},
    'action': {'match': rf'(?<![\w$-])(?:{TABLE_ACTIONS})(?![\w-])', 'name': 'keyword.control.action.postfix'},
    'boolean': {'match': r'(?<=[=\s])(?:yes|no)\b', 'name': 'constant.language.boolean.postfix'},
}
def code_param(c, markup, meaning):
    return {
        'match': rf'^(\s*[A-Za-z0-9_]+_(?:code|reply_code))\s*(=)\s*({c}\d\d)\b',
        'captures': {
            '1': {'name': 'variable.other.property.parameter.postfix'},
            '2': {'name': 'keyword.operator.assignment.postfix'},
            '3': {'name': f'markup.{markup}.smtp-reply.{meaning}.smtp-codes'},
        },
    }

w('postfix-main.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Postfix main.cf',
    'scopeName': 'source.postfix-main',
    'patterns': [
        comment('postfix-main'),
        *[code_param(c, m, n) for c, (m, n) in CLASS.items()],
        {
            'match': r'^([A-Za-z0-9_.-]+)\s*(=)',
            'captures': {'1': {'name': 'variable.other.property.parameter.postfix'}, '2': {'name': 'keyword.operator.assignment.postfix'}},
        },
        {'include': '#variable'}, {'include': '#map'}, {'include': '#restriction'}, {'include': '#action'}, {'include': '#boolean'},
        {'include': 'source.smtp-codes'},
    ],
    'repository': postfix_common,
})

w('postfix-master.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Postfix master.cf',
    'scopeName': 'source.postfix-master',
    'patterns': [
        comment('postfix-master'),
        {
            'comment': 'service type private unpriv chroot wakeup maxproc command',
            'match': r'^([^\s#]\S*)\s+(inet|unix|unix-dgram|fifo|pass)\s+([-yn])\s+([-yn])\s+([-yn])\s+([-\d?]+)\s+([-\d]+)\s+(\S+)',
            'captures': {
                '1': {'name': 'entity.name.function.service.postfix'},
                '2': {'name': 'storage.type.service-type.postfix'},
                '3': {'name': 'constant.language.flag.postfix'},
                '4': {'name': 'constant.language.flag.postfix'},
                '5': {'name': 'constant.language.flag.postfix'},
                '6': {'name': 'constant.numeric.postfix'},
                '7': {'name': 'constant.numeric.postfix'},
                '8': {'name': 'support.function.command.postfix'},
            },
        },
        *[{
            'match': rf'(?<=\s)(-o)\s+([A-Za-z0-9_]+_(?:code|reply_code))(=)({c}\d\d)\b',
            'captures': {
                '1': {'name': 'keyword.other.option.postfix'},
                '2': {'name': 'variable.other.property.parameter.postfix'},
                '3': {'name': 'keyword.operator.assignment.postfix'},
                '4': {'name': f'markup.{m}.smtp-reply.{n}.smtp-codes'},
            },
        } for c, (m, n) in CLASS.items()],
        {
            'match': r'(?<=\s)(-o)\s+(\{?)([A-Za-z0-9_]+)\s*(=)',
            'captures': {
                '1': {'name': 'keyword.other.option.postfix'},
                '2': {'name': 'punctuation.definition.group.postfix'},
                '3': {'name': 'variable.other.property.parameter.postfix'},
                '4': {'name': 'keyword.operator.assignment.postfix'},
            },
        },
        {'include': '#variable'}, {'include': '#map'}, {'include': '#restriction'}, {'include': '#action'},
        {'include': 'source.smtp-codes'},
    ],
    'repository': postfix_common,
})

w('postfix-table.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Postfix lookup table',
    'scopeName': 'source.postfix-table',
    'patterns': [
        comment('postfix-table'),
        {
            'match': r'^\s*(if|endif)\b(?:\s*(!?)(/(?:\\.|[^/\\])*/)([a-zA-Z!]*))?',
            'captures': {'1': {'name': 'keyword.control.conditional.postfix'}, '2': {'name': 'keyword.operator.negation.postfix'}, '3': {'name': 'string.regexp.postfix'}, '4': {'name': 'storage.modifier.regexp-flags.postfix'}},
        },
        {
            'comment': 'pcre/regexp tables: /pattern/flags',
            'match': r'^\s*(!?)(/(?:\\.|[^/\\])*/)([a-zA-Z!]*)',
            'captures': {'1': {'name': 'keyword.operator.negation.postfix'}, '2': {'name': 'string.regexp.postfix'}, '3': {'name': 'storage.modifier.regexp-flags.postfix'}},
        },
        {
            'comment': 'pcre/regexp tables: {pattern}flags',
            'match': r'^\s*(!?)(\{(?:\\.|[^}\\])*\})([a-zA-Z!]*)(?=\s)',
            'captures': {'1': {'name': 'keyword.operator.negation.postfix'}, '2': {'name': 'string.regexp.postfix'}, '3': {'name': 'storage.modifier.regexp-flags.postfix'}},
        },
        {'match': r'^[^\s#/!{][^\s]*', 'name': 'entity.name.type.key.postfix'},
        {'include': '#variable'}, {'include': '#map'}, {'include': '#restriction'}, {'include': '#action'},
        {'include': 'source.smtp-codes'},
        {'include': '#bare-reply'},
    ],
    'repository': {
        **postfix_common,
        'bare-reply': {
            'comment': 'an action that is only a code: "5NN text"',
            'patterns': [
                {'match': rf'(?<=\s){c}\d\d(?=\s|$)', 'name': f'markup.{m}.smtp-reply.{n}.smtp-codes'} for c, (m, n) in CLASS.items()
            ],
        },
    },
})

# ---------------------------------------------------------------- sendmail
w('sendmail-mc.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Sendmail m4 configuration',
    'scopeName': 'source.sendmail-mc',
    'patterns': [
        {'match': r'\bdnl\b.*$', 'name': 'comment.line.dnl.sendmail-mc'},
        {'match': r'^\s*#.*$', 'name': 'comment.line.number-sign.sendmail-mc'},
        {'include': '#quoted'},
        {'include': '#atoms'},
    ],
    'repository': {
        'atoms': {
            'patterns': [
                {'match': r'\b(?:divert|undivert|define|undefine|ifdef|ifelse|include|sinclude|FEATURE|MAILER|OSTYPE|DOMAIN|VERSIONID|HACK|SITECONFIG|LOCAL_CONFIG|LOCAL_RULESETS|LOCAL_RULE_[0-3]|LOCAL_NET_CONFIG|LOCAL_SRV_FEATURES|LOCAL_TRY_TLS|LOCAL_DOMAIN|LOCAL_USER|MASQUERADE_AS|MASQUERADE_DOMAIN|MASQUERADE_DOMAIN_FILE|MASQUERADE_EXCEPTION|EXPOSED_USER|EXPOSED_USER_FILE|DAEMON_OPTIONS|CLIENT_OPTIONS|INPUT_MAIL_FILTER|MAIL_FILTER|LDAPROUTE_DOMAIN|LDAPROUTE_DOMAIN_FILE|RELAY_DOMAIN|RELAY_DOMAIN_FILE|GENERICS_DOMAIN|GENERICS_DOMAIN_FILE|TRUST_AUTH_MECH|VIRTUSER_DOMAIN|VIRTUSER_DOMAIN_FILE|SMART_HOST|MODIFY_MAILER_FLAGS|QUEUE_GROUP|CANONIFY_DOMAIN|CANONIFY_DOMAIN_FILE|UUCPSMTP|ALIAS_FILE)\b', 'name': 'support.function.macro.sendmail-mc'},
                {'match': r'\b(?:conf|_)[A-Z][A-Z0-9_]*\b', 'name': 'variable.other.constant.sendmail-mc'},
                {'include': 'source.smtp-codes'},
            ],
        },
        'quoted': {
            'begin': '`',
            'end': "'",
            'name': 'string.quoted.other.m4.sendmail-mc',
            'patterns': [{'include': '#quoted'}, {'include': '#atoms'}],
        },
    },
})

w('sendmail-cf.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Sendmail sendmail.cf',
    'scopeName': 'source.sendmail-cf',
    'patterns': [
        {'match': r'^#.*$', 'name': 'comment.line.number-sign.sendmail-cf'},
        {'match': r'^(R)', 'name': 'keyword.other.rule.sendmail-cf'},
        {'match': r'^(S)\s*(\S+)', 'captures': {'1': {'name': 'keyword.other.ruleset.sendmail-cf'}, '2': {'name': 'entity.name.function.ruleset.sendmail-cf'}}},
        {'match': r'^(D)(\{[^}]*\}|\S)', 'captures': {'1': {'name': 'keyword.other.define.sendmail-cf'}, '2': {'name': 'variable.other.macro.sendmail-cf'}}},
        {'match': r'^(O)\s+([A-Za-z][A-Za-z0-9]*)', 'captures': {'1': {'name': 'keyword.other.option.sendmail-cf'}, '2': {'name': 'variable.other.property.option.sendmail-cf'}}},
        {'match': r'^(C|F)(\{[^}]*\}|\S)', 'captures': {'1': {'name': 'keyword.other.class.sendmail-cf'}, '2': {'name': 'variable.other.class.sendmail-cf'}}},
        {'match': r'^(K)(\S+)\s+(\S+)', 'captures': {'1': {'name': 'keyword.other.map.sendmail-cf'}, '2': {'name': 'entity.name.type.map.sendmail-cf'}, '3': {'name': 'storage.type.map.sendmail-cf'}}},
        {'match': r'^(M)([^,\s]+)', 'captures': {'1': {'name': 'keyword.other.mailer.sendmail-cf'}, '2': {'name': 'entity.name.function.mailer.sendmail-cf'}}},
        {'match': r'^([HVPTELQ])', 'name': 'keyword.other.line-type.sendmail-cf'},
        {'match': r'\$(?:#|@|:|>|\[|\]|\(|\)|&|\||\.|\{[^}]*\}|[=~][A-Za-z{]|[*+\-]|\d|[A-Za-z])', 'name': 'keyword.operator.macro.sendmail-cf'},
        {'match': r'"[^"]*"', 'name': 'string.quoted.double.sendmail-cf', 'captures': {'0': {'patterns': [{'include': 'source.smtp-codes'}]}}},
        {'include': 'source.smtp-codes'},
    ],
})

w('sendmail-table.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Sendmail table',
    'scopeName': 'source.sendmail-table',
    'patterns': [
        {'match': r'^\s*#.*$', 'name': 'comment.line.number-sign.sendmail-table'},
        {
            'match': r'^(Connect|From|To|Spam|GreetPause|ClientRate|ClientConn|QGRP|Srv_Features|Try_TLS|TLS_Clt|TLS_Srv|TLS_Rcpt|Auth|MAIL|RCPT|ConnRate)(:)',
            'captures': {'1': {'name': 'storage.type.tag.sendmail-table'}, '2': {'name': 'punctuation.separator.sendmail-table'}},
        },
        {'match': r'^[^\s#]\S*', 'name': 'entity.name.type.key.sendmail-table'},
        {'match': r'(?<![\w-])(?:OK|RELAY|REJECT|DISCARD|SKIP|ERROR|TEMP|QUARANTINE)(?![\w-])', 'name': 'keyword.control.action.sendmail-table'},
        {'match': r'\b(error|local|smtp|esmtp|relay|procmail|uucp|discard)(:)', 'captures': {'1': {'name': 'support.function.mailer.sendmail-table'}, '2': {'name': 'punctuation.separator.sendmail-table'}}},
        {'match': r'"[^"]*"', 'name': 'string.quoted.double.sendmail-table', 'captures': {'0': {'patterns': [{'include': 'source.smtp-codes'}]}}},
        {'include': 'source.smtp-codes'},
        *[{'match': rf'(?<=:|\s){c}\d\d(?=\s|$)', 'name': f'markup.{m}.smtp-reply.{n}.smtp-codes'} for c, (m, n) in CLASS.items()],
    ],
})

# ---------------------------------------------------------------- exim
w('exim-conf.tmLanguage.json', {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Exim configuration',
    'scopeName': 'source.exim-conf',
    'patterns': [
        comment('exim-conf'),
        {'match': r'^\s*(\.(?:ifdef|ifndef|else|elifdef|elifndef|endif|include|include_if_exists))\b', 'name': 'keyword.control.directive.exim-conf'},
        {'match': r'^\s*(begin)\s+(acl|authenticators|retry|rewrite|routers|transports|local_scan)\b', 'captures': {'1': {'name': 'keyword.control.section.exim-conf'}, '2': {'name': 'entity.name.section.exim-conf'}}},
        {'match': r'^\s*([A-Za-z0-9_-]+)(:)\s*$', 'captures': {'1': {'name': 'entity.name.function.exim-conf'}, '2': {'name': 'punctuation.separator.exim-conf'}}},
        {'match': r'^\s*(accept|defer|deny|discard|drop|require|warn)\b', 'name': 'keyword.control.verb.exim-conf'},
        {'match': r'^\s*([A-Z][A-Z0-9_]*)\s*(==?)', 'captures': {'1': {'name': 'variable.other.constant.macro.exim-conf'}, '2': {'name': 'keyword.operator.assignment.exim-conf'}}},
        {'match': r'^\s*(domainlist|hostlist|addresslist|localpartlist)\s+([A-Za-z0-9_]+)', 'captures': {'1': {'name': 'storage.type.list.exim-conf'}, '2': {'name': 'entity.name.type.list.exim-conf'}}},
        {'match': r'^\s*(!?[a-z][a-z0-9_]*)\s*(=)', 'captures': {'1': {'name': 'variable.other.property.option.exim-conf'}, '2': {'name': 'keyword.operator.assignment.exim-conf'}}},
        {'match': r':(?:fail|defer|blackhole|unknown):', 'name': 'keyword.control.action.exim-conf'},
        {'match': r'\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)', 'name': 'variable.other.exim-conf'},
        {'include': 'source.smtp-codes'},
    ],
})
