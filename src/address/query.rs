//! The page's own address: its query string read into name–value pairs, and
//! the standalone address a reader can share. Pure, so that the one parser
//! the app has is tested natively and over arbitrary input.
//!
//! `assets/startup.js` reads `embed` before the first paint with the
//! browser's `URLSearchParams`; both take the last of repeated names.

/// The query's pairs in order, percent-decoded (`+` is a space). A broken
/// escape or bytes that are not UTF-8 become U+FFFD, so that checking the
/// value fails and the warning says so.
pub fn parse(search: &str) -> Vec<(String, String)> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// The value of the last pair with this name, as repeated names resolve.
pub fn last<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// Percent-decoding as `application/x-www-form-urlencoded` does it.
pub fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut broken = false;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => decoded.push(b' '),
            b'%' => match (bytes.get(index + 1).and_then(hex_value), bytes.get(index + 2).and_then(hex_value)) {
                (Some(high), Some(low)) => {
                    decoded.push(high * 16 + low);
                    index += 2;
                }
                _ => broken = true,
            },
            byte => decoded.push(byte),
        }
        index += 1;
    }
    match String::from_utf8(decoded) {
        Ok(text) if !broken => text,
        _ => "\u{fffd}".to_owned(),
    }
}

fn hex_value(byte: &u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// The names that only make sense inside a host's frame: a shared link opens
/// the standalone page without them.
const FRAME_ONLY_NAMES: [&str; 2] = ["embed", "host"];

/// The standalone page's address for `fragment` (with its `#`), from the
/// address the page was loaded at (`location.href`). Built from the whole
/// address rather than `location.origin`, which is `"null"` on `file://`.
pub fn standalone_address(href: &str, fragment: &str) -> String {
    let without_fragment = href.split_once('#').map_or(href, |(before, _)| before);
    let (page, search) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
    let kept: Vec<&str> = search
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let name = decode(pair.split_once('=').map_or(*pair, |(name, _)| name));
            !FRAME_ONLY_NAMES.contains(&name.as_str())
        })
        .collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    format!("{page}{query}{fragment}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    }

    #[test]
    fn reads_pairs_in_order_with_or_without_the_question_mark() {
        assert_eq!(parse("?embed&host=https%3A%2F%2Fa.org"), pairs(&[("embed", ""), ("host", "https://a.org")]));
        assert_eq!(parse("org=Our+charity&x=1=2"), pairs(&[("org", "Our charity"), ("x", "1=2")]));
        assert_eq!(parse(""), vec![]);
        assert_eq!(parse("?&&"), vec![]);
    }

    #[test]
    fn decodes_utf8_and_marks_broken_escapes() {
        assert_eq!(decode("Soci%C3%A9t%C3%A9"), "Société");
        assert_eq!(decode("100%"), "\u{fffd}");
        assert_eq!(decode("%zz"), "\u{fffd}");
        assert_eq!(decode("%C3"), "\u{fffd}");
        assert_eq!(decode("%2B"), "+");
    }

    #[test]
    fn the_last_of_repeated_names_wins() {
        let read = parse("?embed=1&embed=0");
        assert_eq!(last(&read, "embed"), Some("0"));
        assert_eq!(last(&read, "host"), None);
    }

    #[test]
    fn standalone_address_drops_frame_only_names_and_the_old_fragment() {
        assert_eq!(
            standalone_address("https://a.org/x/?embed&host=https://b.org&org=Ours#risks", "#timeline/collection"),
            "https://a.org/x/?org=Ours#timeline/collection"
        );
        assert_eq!(standalone_address("http://10.0.0.2:8080/", "#timeline"), "http://10.0.0.2:8080/#timeline");
        assert_eq!(standalone_address("https://a.org/?%65mbed=1", "#x"), "https://a.org/#x");
    }

    #[test]
    fn standalone_address_works_on_file_urls() {
        assert_eq!(
            standalone_address("file:///home/me/ahsct-explainer-offline.html?embed", "#timeline/storage"),
            "file:///home/me/ahsct-explainer-offline.html#timeline/storage"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn any_query_string_gives_one_pair_per_non_empty_part(search in "\\PC{0,200}") {
            let body = search.strip_prefix('?').unwrap_or(&search);
            let expected = body.split('&').filter(|p| !p.is_empty()).count();
            prop_assert_eq!(parse(&search).len(), expected);
        }

        #[test]
        fn encoded_values_round_trip(value in "\\PC{0,60}") {
            let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
            prop_assert_eq!(decode(&encoded), value);
        }

        #[test]
        fn standalone_addresses_never_keep_embed_or_host(
            base in "(https?://[a-z0-9.]{1,20}(:[0-9]{1,5})?|file://)/[a-z/]{0,20}",
            query in "[a-z&=%0-9+]{0,40}",
            fragment in "#[a-z/]{0,20}",
        ) {
            let address = standalone_address(&format!("{base}?{query}&embed=1&host=x#old"), &fragment);
            prop_assert!(address.starts_with(&base));
            prop_assert!(address.ends_with(&fragment));
            let search = address.strip_prefix(&base).unwrap().strip_suffix(&fragment).unwrap();
            for (name, _) in parse(search) {
                prop_assert!(!FRAME_ONLY_NAMES.contains(&name.as_str()), "{}", address);
            }
        }
    }
}
