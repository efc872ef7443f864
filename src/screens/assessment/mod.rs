//! The JD-R self-assessment: intro, one item at a time with a kept draft,
//! scoring into a saved take, results, and the job-crafting plan.

pub mod view;

use crate::app::keymap::{Binding, DOWN, HELP, PAGE_UP, QUIT, UP, bind, code, ctrl, key};
use std::collections::{BTreeMap, BTreeSet};

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use crate::assessment;
use crate::content::assessment::AssessmentDef;
use crate::content::{Step, Workbook};
use crate::journal::{Draft, Intention, PlanReview, TAKE_VERSION, Take, Timestamp};

use crate::app::keymap::Action;
use crate::app::state::{App, Confirm, Overlay, Screen, Shown};
use crate::screens::answer::digit;

/// The tabs of a take's results, in the order Tab goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Chart,
    Scales,
    Plan,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Overview, Tab::Chart, Tab::Scales, Tab::Plan];

    /// The message naming the tab.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "ui-assess-tab-overview",
            Tab::Chart => "ui-assess-tab-chart",
            Tab::Scales => "ui-assess-tab-scales",
            Tab::Plan => "ui-assess-tab-plan",
        }
    }

    fn position(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    /// The next tab, after the last the first.
    pub fn next(self) -> Tab {
        Tab::ALL[(self.position() + 1) % Tab::ALL.len()]
    }

    /// The previous tab, before the first the last.
    pub fn prev(self) -> Tab {
        Tab::ALL[(self.position() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

pub enum AssessView {
    Intro,
    Item { index: usize, cursor: u8 },
    Results { take: usize, tab: Tab },
}

/// The plan being put together on the Plan tab.
pub struct PlanState {
    /// Index into the flattened ideas of the suggested directions, then own intentions.
    pub cursor: usize,
    pub picked: BTreeSet<usize>,
    pub own: Vec<String>,
    pub typing: Option<Box<TextArea<'static>>>,
    /// An own intention left with Esc before it was added: `o` goes on with it.
    pub set_aside: Option<Box<TextArea<'static>>>,
    /// The ideas offered for this take ([`plan_ideas`]), worked out once
    /// when the tab opens rather than on every key.
    pub ideas: Vec<(String, String)>,
}

pub struct AssessState {
    pub view: AssessView,
    pub answers: BTreeMap<String, u8>,
    pub started: Timestamp,
    /// Opened from the last chapter: compare with the first take.
    pub compare_baseline: bool,
    /// The Assessment step it was opened from, to mark done.
    pub from_step: Option<(usize, usize)>,
    pub scroll: crate::app::scroll::Scroll,
    pub plan: Option<PlanState>,
    /// The draft on disk that could be continued, as read when the
    /// assessment opened.
    pub draft: Option<Draft>,
    /// Esc found the answers could not be kept; the next Esc leaves anyway.
    pub leave_unkept: bool,
    /// How the latest take's intentions went (1–5), answered on the intro;
    /// kept with the take this one becomes.
    pub review: Option<u8>,
}

/// A crafting idea offered in the plan: (direction id, idea text).
pub fn plan_ideas(def: &AssessmentDef, take: &Take) -> Vec<(String, String)> {
    let scores = scores_of(take);
    assessment::suggestions(def, &scores)
        .into_iter()
        .flat_map(|d| d.ideas.iter().map(move |i| (d.id.clone(), i.clone())))
        .collect()
}

/// An intention picked from a crafting direction's ideas in another
/// language, as the same idea (by its place among the direction's ideas)
/// reads in `def`; None when no language knows its text.
fn translated_idea(def: &AssessmentDef, others: &[Workbook], intention: &Intention) -> Option<String> {
    let direction = intention.direction.as_deref()?;
    let place = others.iter().find_map(|other| {
        let ideas = &other.assessment.as_ref()?.crafting.iter().find(|c| c.id == direction)?.ideas;
        ideas.iter().position(|idea| *idea == intention.text)
    })?;
    def.crafting.iter().find(|c| c.id == direction)?.ideas.get(place).cloned()
}

/// How the last intentions went (1 not yet … 5 fully), in the language
/// shown; empty for a number outside 1–5 (0 counts as "not yet").
pub fn review_word(app: &App, went: u8) -> String {
    let id = match went {
        0 | 1 => "ui-assess-went-not-yet",
        2 => "ui-assess-went-a-little",
        3 => "ui-assess-went-partly",
        4 => "ui-assess-went-mostly",
        5 => "ui-assess-went-fully",
        _ => return String::new(),
    };
    app.t(id)
}

/// The stored scores of a take, as the scoring functions use them.
pub fn scores_of(take: &Take) -> assessment::Scores {
    assessment::Scores {
        scales: take.scores.clone(),
        balances: take.balances.clone(),
        demands: take.demands,
        resources: take.resources,
        quadrant: take.quadrant.clone(),
    }
}

impl App {
    pub fn assessment_def(&self) -> Option<&AssessmentDef> {
        self.workbook.assessment.as_ref()
    }

    /// Opens the assessment's intro, from Home or from an Assessment step.
    pub(crate) fn start_assessment(&mut self) {
        let Some(def) = self.workbook.assessment.as_ref() else {
            self.info(self.t("ui-assess-none"));
            return;
        };
        let def_id = def.id.clone();
        let from_step = match self.screen() {
            Screen::Chapter => match self.step() {
                Step::Assessment(a) => Some((self.view.chapter, self.view.step, a.compare_with_baseline)),
                _ => None,
            },
            _ => None,
        };
        self.journal.takes();
        let draft = match self.journal.load_draft() {
            Ok(d) => d.filter(|d| d.assessment == def_id),
            Err(e) => {
                self.error(self.t_with("ui-assess-draft-damaged", &[("error", e.to_string().into())]));
                None
            }
        };
        let now = self.clock.now();
        self.show(Shown::Assessment(Box::new(AssessState {
            view: AssessView::Intro,
            draft,
            answers: BTreeMap::new(),
            started: now,
            compare_baseline: from_step.is_some_and(|f| f.2),
            from_step: from_step.map(|f| (f.0, f.1)),
            scroll: Default::default(),
            plan: None,
            leave_unkept: false,
            review: None,
        })));
    }

    fn begin_items(&mut self, continue_draft: bool) {
        let count = self.assessment_def().map_or(0, AssessmentDef::item_count);
        let Some(state) = self.shown.assess_mut() else { return };
        let draft = state.draft.take().filter(|_| continue_draft);
        match draft {
            Some(d) => {
                state.answers = d.answers;
                state.started = d.started;
                state.view = AssessView::Item { index: d.position.min(count.saturating_sub(1)), cursor: 3 };
            }
            None => {
                state.answers.clear();
                state.view = AssessView::Item { index: 0, cursor: 3 };
            }
        }
        self.sync_cursor();
    }

    /// Puts the answer marker on the item's saved answer, if any.
    fn sync_cursor(&mut self) {
        let Some(def) = self.workbook.assessment.as_ref() else { return };
        let Some(state) = self.shown.assess_mut() else { return };
        if let AssessView::Item { index, cursor } = &mut state.view
            && let Some((_, item)) = def.items().nth(*index)
        {
            *cursor = state.answers.get(&item.id).copied().unwrap_or(def.max_answer().div_ceil(2));
        }
    }

    pub(crate) fn assess_intro_action(&mut self, action: Action, key: &KeyEvent) {
        match action {
            Action::Digit => self.review_last_plan(key),
            Action::Open => {
                let has_draft = self.assess().is_some_and(|s| s.draft.is_some());
                self.begin_items(has_draft);
            }
            Action::StartOver => {
                if self.assess().is_some_and(|s| s.draft.is_some()) {
                    self.show_overlay(Overlay::Confirm(Confirm::DiscardDraft));
                } else {
                    self.begin_items(false);
                }
            }
            Action::Results => {
                let count = self.journal.takes().takes.len();
                if count == 0 {
                    self.info(self.t("ui-assess-no-results"));
                } else if let Some(state) = self.shown.assess_mut() {
                    state.view = AssessView::Results { take: count - 1, tab: Tab::Overview };
                    state.scroll.reset();
                }
            }
            Action::Up => self.assess_scroll(-1),
            Action::Down => self.assess_scroll(1),
            Action::PageUp => self.assess_page(false),
            Action::PageDown => self.assess_page(true),
            Action::Back => self.leave_assessment(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    fn assess_page(&mut self, down: bool) {
        if let Some(state) = self.shown.assess_mut() {
            state.scroll.page(down, 1);
        }
    }

    /// An answer to "how did your intentions go?" on the intro; asked only
    /// when the latest take has a plan.
    fn review_last_plan(&mut self, key: &KeyEvent) {
        let has_plan =
            self.journal.takes_loaded().and_then(|t| t.takes.last()).is_some_and(|(_, t)| !t.plan.is_empty());
        let went = digit(key).and_then(|d| u8::try_from(d).ok()).filter(|d| (1..=5).contains(d));
        let (true, Some(went)) = (has_plan, went) else { return };
        if let Some(state) = self.shown.assess_mut() {
            state.review = Some(went);
        }
        let word = review_word(self, went);
        self.info(self.t_with("ui-assess-review-kept", &[("went", word.into())]));
    }

    /// Starting over, once the user said yes: the draft goes.
    pub(crate) fn discard_draft(&mut self) {
        if let Err(e) = self.journal.remove_draft() {
            self.error(e.to_string());
        }
        self.begin_items(false);
    }

    pub(crate) fn assess_item_action(&mut self, action: Action, key: &KeyEvent) {
        let Some(def) = self.workbook.assessment.as_ref() else { return };
        let (count, top) = (def.item_count(), def.max_answer());
        let Some(state) = self.shown.assess_mut() else { return };
        let AssessView::Item { index, cursor } = &mut state.view else { return };
        let item_id = def.items().nth(*index).map(|(_, i)| i.id.clone()).unwrap_or_default();
        let answer = match action {
            Action::Digit => digit(key).and_then(|d| u8::try_from(d).ok()).filter(|d| (1..=top).contains(d)),
            Action::Save => Some(*cursor),
            _ => None,
        };
        match action {
            Action::Up => *cursor = cursor.saturating_sub(1).max(1),
            Action::Down => *cursor = (*cursor + 1).min(top),
            Action::Prev => {
                *index = index.saturating_sub(1);
                self.sync_cursor();
            }
            Action::Next if state.answers.contains_key(&item_id) && *index + 1 < count => {
                *index += 1;
                self.sync_cursor();
            }
            Action::Back => {
                let leave_anyway = std::mem::take(&mut state.leave_unkept);
                if self.save_assess_draft() {
                    self.leave_assessment();
                    self.info(self.t("ui-assess-paused"));
                } else if leave_anyway {
                    self.leave_assessment();
                } else if let Some(state) = self.shown.assess_mut() {
                    // Never drop answers without a word: a second Esc leaves.
                    state.leave_unkept = true;
                    let reason = self.status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
                    self.error(self.t_with("ui-assess-not-kept", &[("reason", reason.into())]));
                }
            }
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
        if let Some(value) = answer {
            let Some(state) = self.shown.assess_mut() else { return };
            state.answers.insert(item_id, value);
            let AssessView::Item { index, .. } = &mut state.view else { return };
            // The next item, or the end.
            let next = (*index + 1 < count).then_some(*index + 1);
            match next {
                Some(n) => {
                    *index = n;
                    self.save_assess_draft();
                    self.sync_cursor();
                }
                None => self.finish_take(),
            }
        }
    }

    /// Keeps the answers so far, so leaving mid-way loses nothing. False
    /// when they could not be kept.
    pub(crate) fn save_assess_draft(&mut self) -> bool {
        let Some(def) = self.workbook.assessment.as_ref() else { return true };
        let Some(state) = self.assess() else { return true };
        let AssessView::Item { index, .. } = state.view else { return true };
        if state.answers.is_empty() {
            return true;
        }
        let draft = Draft {
            version: TAKE_VERSION,
            assessment: def.id.clone(),
            started: state.started,
            answers: state.answers.clone(),
            position: index,
        };
        match self.journal.save_draft(&draft) {
            Ok(()) => true,
            Err(e) => {
                self.error(self.t_with("ui-assess-draft-not-saved", &[("error", e.to_string().into())]));
                false
            }
        }
    }

    fn finish_take(&mut self) {
        let Some(def) = self.workbook.assessment.as_ref() else { return };
        let Some(state) = self.assess() else { return };
        let scores = match assessment::score(def, &state.answers) {
            Ok(s) => s,
            Err(e) => {
                self.error(self.t_with("ui-assess-cannot-score", &[("error", e.to_string().into())]));
                return;
            }
        };
        let support = assessment::needs_support(def, &scores);
        // The plan goes on until a new one is saved, so Home keeps showing it.
        let previous = self.journal.takes_loaded().and_then(|t| t.takes.last()).map(|(_, t)| t);
        let plan = previous.map(|p| p.plan.clone()).unwrap_or_default();
        let last_plan = previous.zip(state.review).filter(|(p, _)| !p.plan.is_empty()).map(|(p, went)| PlanReview {
            from: p.taken,
            plan: p.plan.iter().map(|i| i.text.clone()).collect(),
            went,
        });
        let take = Take {
            version: TAKE_VERSION,
            assessment: def.id.clone(),
            taken: self.clock.now(),
            answers: state.answers.clone(),
            scores: scores.scales,
            balances: scores.balances,
            demands: scores.demands,
            resources: scores.resources,
            quadrant: scores.quadrant,
            plan,
            last_plan,
        };
        let from_step = state.from_step;
        let answers: Vec<String> = take.answers.iter().map(|(item, n)| format!("{item}: {n}")).collect();
        let (title, file) = (def.title.clone(), self.journal.dir().take(&take.taken));
        match self.journal.save_take(take) {
            Ok(index) => {
                self.not_saved = None;
                if let Err(e) = self.journal.remove_draft() {
                    self.error(e.to_string());
                }
                // Taken from its step, that step is done; taken from Home, the
                // workbook's first assessment step (chapter 1's baseline) is.
                if let Some((c, s)) = from_step.or_else(|| self.first_assessment_step()) {
                    self.mark_done(c, s);
                }
                if let Some(state) = self.shown.assess_mut() {
                    state.view = AssessView::Results { take: index, tab: Tab::Overview };
                    state.scroll.reset();
                }
                self.info(self.t("ui-assess-saved"));
                if support {
                    self.show_overlay(Overlay::Care);
                }
            }
            Err(e) => {
                // The answers stay in the draft and in memory; Enter on the last item retries.
                self.save_assess_draft();
                self.answer_not_saved(title, answers.join("\n"), file, e.to_string());
            }
        }
    }

    pub(crate) fn results_action(&mut self, action: Action) {
        let Some(state) = self.shown.assess_mut() else { return };
        let AssessView::Results { tab, .. } = &mut state.view else { return };
        match action {
            Action::Next => {
                *tab = tab.next();
                state.scroll.reset();
            }
            Action::Prev => {
                *tab = tab.prev();
                state.scroll.reset();
            }
            Action::Up => self.assess_scroll(-1),
            Action::Down => self.assess_scroll(1),
            Action::PageUp => state.scroll.page(false, 1),
            Action::PageDown => state.scroll.page(true, 1),
            Action::Left => self.other_take(-1),
            Action::Right => self.other_take(1),
            Action::Back => self.leave_assessment(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
        self.prepare_plan();
    }

    /// An earlier (`-1`) or later (`1`) take, on the same tab; its own plan.
    fn other_take(&mut self, delta: isize) {
        let count = self.journal.takes_loaded().map_or(0, |t| t.takes.len());
        let Some(state) = self.shown.assess_mut() else { return };
        let AssessView::Results { take, .. } = &mut state.view else { return };
        match take.checked_add_signed(delta).filter(|t| *t < count) {
            Some(t) => {
                *take = t;
                state.plan = None;
                state.scroll.reset();
                self.prepare_plan();
            }
            None if delta < 0 => self.info(self.t("ui-assess-first-take-reached")),
            None => self.info(self.t("ui-assess-latest-take-reached")),
        }
    }

    /// Entering the Plan tab starts from the plan saved with the take.
    fn prepare_plan(&mut self) {
        let Some(def) = self.workbook.assessment.as_ref() else { return };
        let Some(state) = self.assess() else { return };
        let AssessView::Results { take, tab } = state.view else { return };
        if tab != Tab::Plan || state.plan.is_some() {
            return;
        }
        let Some((_, t)) = self.journal.takes_loaded().and_then(|t| t.takes.get(take)) else { return };
        let ideas = plan_ideas(def, t);
        let mut picked = BTreeSet::new();
        let mut own = Vec::new();
        for intention in &t.plan {
            let mut found = ideas.iter().position(|(_, text)| *text == intention.text);
            if found.is_none() && intention.direction.is_some() {
                // Picked in another language: the same idea of the same direction here.
                found = translated_idea(def, &self.translations(), intention).and_then(|same| {
                    ideas.iter().position(|(d, text)| Some(d) == intention.direction.as_ref() && *text == same)
                });
            }
            match found {
                Some(i) => {
                    picked.insert(i);
                }
                None => own.push(intention.text.clone()),
            }
        }
        let own_start = ideas.len();
        picked.extend((0..own.len()).map(|i| own_start + i));
        if let Some(state) = self.shown.assess_mut() {
            state.plan = Some(PlanState { cursor: 0, picked, own, typing: None, set_aside: None, ideas });
        }
    }

    pub(crate) fn plan_action(&mut self, action: Action) {
        let Some(state) = self.shown.assess_mut() else { return };
        let AssessView::Results { take, tab } = &mut state.view else { return };
        let take_index = *take;
        let Some(plan) = state.plan.as_mut() else { return };
        let count = plan.ideas.len() + plan.own.len();
        let mut note = None;
        match action {
            Action::Up => plan.cursor = plan.cursor.saturating_sub(1),
            Action::Down => plan.cursor = (plan.cursor + 1).min(count.saturating_sub(1)),
            Action::Toggle => {
                if plan.picked.contains(&plan.cursor) {
                    plan.picked.remove(&plan.cursor);
                } else if plan.picked.len() >= 3 {
                    note = Some("ui-assess-plan-three");
                } else if plan.cursor < count {
                    plan.picked.insert(plan.cursor);
                }
            }
            Action::Own => {
                if plan.picked.len() >= 3 {
                    note = Some("ui-assess-plan-three");
                } else if let Some(area) = plan.set_aside.take() {
                    plan.typing = Some(area);
                } else {
                    let mut area = TextArea::default();
                    area.set_placeholder_text(crate::i18n::tr(self.lang, "ui-assess-plan-placeholder"));
                    self.theme.style_textarea(&mut area);
                    plan.typing = Some(Box::new(area));
                }
            }
            Action::Save => {
                let intentions: Vec<Intention> = plan
                    .picked
                    .iter()
                    .filter_map(|&i| match plan.ideas.get(i) {
                        Some((dir, text)) => Some(Intention { direction: Some(dir.clone()), text: text.clone() }),
                        None => plan
                            .own
                            .get(i - plan.ideas.len())
                            .map(|text| Intention { direction: None, text: text.clone() }),
                    })
                    .collect();
                if intentions.is_empty() {
                    note = Some("ui-assess-plan-pick-first");
                } else {
                    match self.journal.save_plan(take_index, intentions) {
                        Ok(()) => note = Some("ui-assess-plan-saved"),
                        Err(e) => self.error(self.t_with("ui-not-saved", &[("error", e.to_string().into())])),
                    }
                }
            }
            Action::Next => *tab = Tab::Plan.next(),
            Action::Prev => *tab = Tab::Plan.prev(),
            Action::Left => self.other_take(-1),
            Action::Right => self.other_take(1),
            Action::Back => self.leave_assessment(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
        if let Some(note) = note {
            self.info(self.t(note));
        }
    }

    /// Typing an own intention: Enter adds it (picked); Esc sets it aside,
    /// so nothing typed is thrown away unasked, and `o` goes on with it.
    pub(crate) fn plan_own_action(&mut self, action: Action, key: &KeyEvent) {
        let Some(state) = self.shown.assess_mut() else { return };
        let Some(plan) = state.plan.as_mut() else { return };
        let ideas = plan.ideas.len();
        let Some(area) = plan.typing.as_mut() else { return };
        match action {
            Action::Open | Action::Back => {
                let text = area.lines().join(" ").trim().to_string();
                let enter = action == Action::Open;
                let typed = plan.typing.take();
                if text.is_empty() {
                    return;
                }
                if enter {
                    plan.own.push(text);
                    let index = ideas + plan.own.len() - 1;
                    plan.picked.insert(index);
                    plan.cursor = index;
                } else {
                    plan.set_aside = typed;
                    self.info(self.t("ui-assess-plan-set-aside"));
                }
            }
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {
                area.input(*key);
            }
        }
    }

    /// A key typed into an own intention.
    pub(crate) fn plan_own_input(&mut self, key: KeyEvent) {
        if let Some(area) = self.shown.assess_mut().and_then(|s| s.plan.as_mut()).and_then(|p| p.typing.as_mut()) {
            area.input(key);
        }
    }

    /// Text typed or pasted into an own intention.
    pub(crate) fn plan_own_insert(&mut self, text: &str) {
        if let Some(area) = self.shown.assess_mut().and_then(|s| s.plan.as_mut()).and_then(|p| p.typing.as_mut()) {
            area.insert_str(text);
        }
    }

    fn assess_scroll(&mut self, delta: isize) {
        if let Some(state) = self.shown.assess_mut() {
            state.scroll.by(delta);
        }
    }

    fn leave_assessment(&mut self) {
        let from = self.assess().and_then(|s| s.from_step);
        match from {
            Some((c, s)) => self.open_step(c, s),
            None => self.show(Shown::Home),
        }
    }
}

/// What the keys do on this screen.
pub(crate) static ASSESS_INTRO: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-assess-intro-open", Some("keys-assess-intro-open-hint")),
    bind(&[key('1'), key('2'), key('3'), key('4'), key('5')], Action::Digit, "keys-assess-intro-digit", None),
    bind(&[key('d')], Action::StartOver, "keys-assess-intro-start-over", Some("keys-assess-intro-start-over-hint")),
    bind(&[key('r')], Action::Results, "keys-assess-intro-results", Some("keys-assess-intro-results-hint")),
    bind(UP, Action::Up, "keys-assess-intro-up", None),
    bind(DOWN, Action::Down, "keys-assess-intro-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-assess-intro-page-up", None),
    bind(PAGES_DOWN, Action::PageDown, "keys-assess-intro-page-down", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-assess-intro-back", Some("keys-assess-intro-back-hint")),
    bind(HELP, Action::Help, "keys-assess-intro-help", Some("keys-assess-intro-help-hint")),
    bind(QUIT, Action::Quit, "keys-assess-intro-quit", None),
];

/// Paging down: Space first, as the status line says "↓ or PgDn/Space".
const PAGES_DOWN: &[crate::app::keymap::Key] = &[key(' '), code(KeyCode::PageDown), ctrl('d')];

pub(crate) static ASSESS_ITEM: &[Binding] = &[
    bind(
        &[key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7'), key('8'), key('9')],
        Action::Digit,
        "keys-assess-item-digit",
        Some("keys-assess-item-digit-hint"),
    ),
    bind(UP, Action::Up, "keys-assess-item-up", None),
    bind(DOWN, Action::Down, "keys-assess-item-down", None),
    bind(&[code(KeyCode::Enter)], Action::Save, "keys-assess-item-save", None),
    bind(&[code(KeyCode::Left), key('p')], Action::Prev, "keys-assess-item-prev", Some("keys-assess-item-prev-hint")),
    bind(&[code(KeyCode::Right), key('n')], Action::Next, "keys-assess-item-next", None),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-assess-item-back", Some("keys-assess-item-back-hint")),
    bind(HELP, Action::Help, "keys-assess-item-help", Some("keys-assess-item-help-hint")),
    bind(QUIT, Action::Quit, "keys-assess-item-quit", None),
];

pub(crate) static RESULTS: &[Binding] = &[
    bind(
        &[code(KeyCode::Tab), code(KeyCode::Right), key('l')],
        Action::Next,
        "keys-results-next",
        Some("keys-results-next-hint"),
    ),
    bind(&[code(KeyCode::BackTab), code(KeyCode::Left), key('h')], Action::Prev, "keys-results-prev", None),
    bind(UP, Action::Up, "keys-results-up", None),
    bind(DOWN, Action::Down, "keys-results-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-results-page-up", None),
    bind(PAGES_DOWN, Action::PageDown, "keys-results-page-down", None),
    bind(&[key('p')], Action::Left, "keys-results-left", Some("keys-results-left-hint")),
    bind(&[key('n')], Action::Right, "keys-results-right", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-results-back", Some("keys-results-back-hint")),
    bind(HELP, Action::Help, "keys-results-help", Some("keys-results-help-hint")),
    bind(QUIT, Action::Quit, "keys-results-quit", None),
];

pub(crate) static PLAN: &[Binding] = &[
    bind(UP, Action::Up, "keys-plan-up", None),
    bind(DOWN, Action::Down, "keys-plan-down", None),
    bind(&[key(' '), key('x')], Action::Toggle, "keys-plan-toggle", Some("keys-plan-toggle-hint")),
    bind(&[key('o')], Action::Own, "keys-plan-own", Some("keys-plan-own-hint")),
    bind(&[code(KeyCode::Enter)], Action::Save, "keys-plan-save", Some("keys-plan-save-hint")),
    bind(&[code(KeyCode::Tab), code(KeyCode::Right)], Action::Next, "keys-plan-next", None),
    bind(&[code(KeyCode::BackTab), code(KeyCode::Left)], Action::Prev, "keys-plan-prev", Some("keys-plan-prev-hint")),
    bind(&[key('p')], Action::Left, "keys-plan-left", None),
    bind(&[key('n')], Action::Right, "keys-plan-right", None),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-plan-back", None),
    bind(HELP, Action::Help, "keys-plan-help", Some("keys-plan-help-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-plan-quit", None),
];
