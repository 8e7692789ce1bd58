//! The shared state's reactive core in the browser: signals, effects that
//! re-run when a signal they read changes, stored values, and context. The
//! same names and methods as Leptos's `reactive_graph`, which the build-time
//! render keeps using (`mod.rs`), so the features' state reads the same in
//! both.
//!
//! Why not `reactive_graph` here (measured, issue 16): its owner tree,
//! thread-safe arena, hash maps and async executor were a quarter of the
//! app's WebAssembly, and every language's first load was over the 100 KiB
//! budget with it. The page needs far less: one thread, a few dozen signals
//! made once at start and never dropped, and effects that only write to the
//! page. What it keeps of Leptos's behaviour, because the islands rely on it:
//! an effect first runs after the code that made it, and after a change it
//! runs once, in a microtask, however many signals it reads were set.

use std::any::{Any, TypeId};
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;

/// A signal's value and the effects that read it.
struct Slot {
    value: RefCell<Box<dyn Any>>,
    readers: RefCell<Vec<usize>>,
}

thread_local! {
    static SLOTS: RefCell<Vec<Rc<Slot>>> = const { RefCell::new(Vec::new()) };
    static EFFECTS: RefCell<Vec<Rc<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    /// The effect running now: what it reads, it subscribes to.
    static RUNNING: Cell<Option<usize>> = const { Cell::new(None) };
    /// Effects to run in the next microtask, in the order they were made.
    static PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static CONTEXT: RefCell<Vec<(TypeId, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

fn new_slot(value: Box<dyn Any>) -> usize {
    SLOTS.with_borrow_mut(|slots| {
        slots.push(Rc::new(Slot { value: RefCell::new(value), readers: RefCell::new(Vec::new()) }));
        slots.len() - 1
    })
}

fn slot(id: usize) -> Rc<Slot> {
    SLOTS.with_borrow(|slots| slots[id].clone())
}

/// Runs `read` on a slot's value, subscribing the running effect if `tracked`.
/// Not generic over the value: one copy of this in the WebAssembly.
fn read_slot(id: usize, tracked: bool, read: &mut dyn FnMut(&dyn Any)) {
    let slot = slot(id);
    if let (true, Some(effect)) = (tracked, RUNNING.get()) {
        let mut readers = slot.readers.borrow_mut();
        if !readers.contains(&effect) {
            readers.push(effect);
        }
    }
    read(&**slot.value.borrow());
}

/// Changes a slot's value, then schedules the effects that read it.
fn write_slot(id: usize, notify: bool, write: &mut dyn FnMut(&mut dyn Any)) {
    let slot = slot(id);
    write(&mut **slot.value.borrow_mut());
    if notify {
        let readers = slot.readers.borrow().clone();
        schedule(&readers);
    }
}

fn schedule(effects: &[usize]) {
    PENDING.with_borrow_mut(|pending| {
        for effect in effects {
            if !pending.contains(effect) {
                pending.push(*effect);
            }
        }
    });
    if !SCHEDULED.replace(true) {
        FLUSH.with(|flush| {
            let _ = js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED).then(flush);
        });
    }
}

thread_local! {
    /// One closure, made once, that every microtask calls.
    static FLUSH: wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue)> =
        wasm_bindgen::closure::Closure::new(|_| flush());
}

/// Runs every pending effect, and any that they in turn make pending. A
/// bound keeps an effect that sets what it reads from running for ever: past
/// it, what is still pending is dropped, and the page stops updating rather
/// than hang.
fn flush() {
    for _ in 0..100 {
        let mut next = PENDING.with_borrow_mut(std::mem::take);
        if next.is_empty() {
            SCHEDULED.set(false);
            return;
        }
        next.sort_unstable();
        for effect in next {
            run_effect(effect);
        }
    }
    PENDING.with_borrow_mut(Vec::clear);
    SCHEDULED.set(false);
    crate::platform::dom::warn("aHSCT explainer: the page's state kept changing itself; it stopped updating");
}

fn run_effect(effect: usize) {
    let run = EFFECTS.with_borrow(|effects| effects[effect].clone());
    let outer = RUNNING.replace(Some(effect));
    run();
    RUNNING.set(outer);
}

/// Runs `run` after the code that calls this, and again whenever a signal it
/// read last time or before has changed.
pub fn effect_boxed(run: Box<dyn Fn()>) {
    let id = EFFECTS.with_borrow_mut(|effects| {
        effects.push(Rc::from(run));
        effects.len() - 1
    });
    schedule(&[id]);
}

/// A value that effects follow: reading it inside an effect subscribes the
/// effect, and setting it re-runs them. Copy, as Leptos's, so that it moves
/// into any number of closures.
pub struct RwSignal<T> {
    id: usize,
    _value: PhantomData<fn() -> T>,
}

impl<T> Clone for RwSignal<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for RwSignal<T> {}

impl<T> std::fmt::Debug for RwSignal<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RwSignal({})", self.id)
    }
}

impl<T: 'static> RwSignal<T> {
    pub fn new(value: T) -> Self {
        Self { id: new_slot(Box::new(value)), _value: PhantomData }
    }

    fn read<R>(&self, tracked: bool, read: impl FnOnce(&T) -> R) -> R {
        let mut read = Some(read);
        let mut result = None;
        read_slot(self.id, tracked, &mut |value| {
            if let (Some(read), Some(value)) = (read.take(), value.downcast_ref::<T>()) {
                result = Some(read(value));
            }
        });
        result.expect("a signal holds the type it was made with")
    }

    fn write(&self, notify: bool, write: impl FnOnce(&mut T)) {
        let mut write = Some(write);
        write_slot(self.id, notify, &mut |value| {
            if let (Some(write), Some(value)) = (write.take(), value.downcast_mut::<T>()) {
                write(value);
            }
        });
    }
}

/// A value kept beside the signals but not followed by effects (a store, a
/// handle): Leptos's `StoredValue`.
pub struct StoredValue<T, S = LocalStorage> {
    id: usize,
    _value: PhantomData<fn() -> (T, S)>,
}

impl<T, S> Clone for StoredValue<T, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, S> Copy for StoredValue<T, S> {}

impl<T, S> std::fmt::Debug for StoredValue<T, S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StoredValue({})", self.id)
    }
}

/// Leptos's marker for a value kept on this thread only: here, every value.
pub struct LocalStorage;

impl<T: 'static> StoredValue<T, LocalStorage> {
    pub fn new_local(value: T) -> Self {
        Self { id: new_slot(Box::new(value)), _value: PhantomData }
    }

    pub fn set_value(&self, value: T) {
        RwSignal::<T> { id: self.id, _value: PhantomData }.write(false, |stored| *stored = value);
    }

    pub fn with_value<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        RwSignal::<T> { id: self.id, _value: PhantomData }.read(false, read)
    }

    pub fn try_update_value<R>(&self, update: impl FnOnce(&mut T) -> R) -> Option<R> {
        let mut result = None;
        RwSignal::<T> { id: self.id, _value: PhantomData }.write(false, |value| result = Some(update(value)));
        result
    }
}

/// Makes `value` available to every island through `use_context` (one of
/// each type, as the page has one of each state).
pub fn provide_context<T: Clone + 'static>(value: T) {
    CONTEXT.with_borrow_mut(|context| {
        context.retain(|(id, _)| *id != TypeId::of::<T>());
        context.push((TypeId::of::<T>(), Box::new(value)));
    });
}

pub fn use_context<T: Clone + 'static>() -> Option<T> {
    CONTEXT.with_borrow(|context| {
        context
            .iter()
            .find(|(id, _)| *id == TypeId::of::<T>())
            .and_then(|(_, value)| value.downcast_ref::<T>())
            .cloned()
    })
}

/// Leptos's reading and writing traits, by the same names, so that a
/// feature's `use crate::reactive::prelude::*` reads the same in both builds.
pub mod prelude {
    use super::RwSignal;

    pub trait Get<T> {
        /// The value, and the running effect follows it.
        fn get(&self) -> T;
        fn get_untracked(&self) -> T;
    }

    pub trait With<T> {
        fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R;
        fn with_untracked<R>(&self, read: impl FnOnce(&T) -> R) -> R;
        /// Follows the value without reading it.
        fn track(&self);
    }

    pub trait Set<T> {
        fn set(&self, value: T);
        fn update(&self, change: impl FnOnce(&mut T));
    }

    impl<T: Clone + 'static> Get<T> for RwSignal<T> {
        fn get(&self) -> T {
            self.read(true, T::clone)
        }

        fn get_untracked(&self) -> T {
            self.read(false, T::clone)
        }
    }

    impl<T: 'static> With<T> for RwSignal<T> {
        fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
            self.read(true, read)
        }

        fn with_untracked<R>(&self, read: impl FnOnce(&T) -> R) -> R {
            self.read(false, read)
        }

        fn track(&self) {
            self.read(true, |_| ());
        }
    }

    impl<T: 'static> Set<T> for RwSignal<T> {
        fn set(&self, value: T) {
            self.write(true, |stored| *stored = value);
        }

        fn update(&self, change: impl FnOnce(&mut T)) {
            self.write(true, change);
        }
    }
}
