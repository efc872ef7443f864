//! The JD-R results tell the truth at every size: what is typed stays in
//! view, bars share one scale, long tabs scroll and say so, one vocabulary,
//! earlier takes and plans are kept.

mod support;

use crossterm::event::KeyCode;
use mscwork::app::App;
use support::{app_at, chars, key, past_welcome, screen};

/// From Home to the latest take's results, on the first tab.
fn to_results(app: &mut App) {
    past_welcome(app);
    key(app, KeyCode::Char('a'));
    key(app, KeyCode::Char('r'));
}

fn to_tab(app: &mut App, tabs: usize) {
    to_results(app);
    for _ in 0..tabs {
        key(app, KeyCode::Tab);
    }
}

/// The screen with its trailing spaces gone, one string.
fn text(app: &App) -> String {
    screen(app).lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

/// Words that must all show, in order, somewhere on the screen (wrapping
/// may put them on different rows).
fn shows_words(app: &App, words: &str) -> bool {
    let flat: Vec<String> = screen(app).split_whitespace().map(str::to_string).collect();
    let want: Vec<&str> = words.split_whitespace().collect();
    flat.windows(want.len()).any(|w| w.iter().zip(&want).all(|(a, b)| a.trim_matches(|c| c == '▏' || c == '>') == *b))
}

#[test]
fn an_own_intention_stays_in_view_while_it_is_typed() {
    for (w, h) in [(80, 24), (50, 14), (120, 40)] {
        let dir = support::copy_of("tests/fixtures/data");
        let mut app = app_at(dir.path(), (w, h));
        to_tab(&mut app, 3);
        key(&mut app, KeyCode::Char('o'));
        chars(&mut app, "Leave at six");
        assert!(shows_words(&app, "Leave at six"), "{w}×{h}: typed text not in view\n{}", text(&app));
        let long = " on Fridays and tell the team why, so that they know what to expect from me and can plan";
        chars(&mut app, long);
        assert!(shows_words(&app, "can plan"), "{w}×{h}: the end of a long intention not in view\n{}", text(&app));
        key(&mut app, KeyCode::Enter);
        assert!(shows_words(&app, "can plan"), "{w}×{h}: the added intention not in view\n{}", text(&app));
    }
}
