//! A part of an island that is rendered at build time and never hydrated:
//! its words, its pictures and any islands nested in it stay exactly as the
//! page has them. In the browser the island passes `Static::empty()` in its
//! place, so none of that content's code or text reaches the WebAssembly.
//!
//! A static part must be exactly one element, so the island can step over it,
//! and must not sit inside a reactive branch (it is never built in the browser).
//! The island can hold it by a `NodeRef` to change its classes or attributes.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::Element;
use leptos::tachys::renderer::CastFrom;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState};

type OnHydrate = Box<dyn FnOnce(&Element) + Send + Sync>;

pub struct Static<V> {
    view: V,
    on_hydrate: Option<OnHydrate>,
}

/// The type islands take as a prop: one for the page's render and the browser.
pub type StaticView = Static<AnyView>;

impl Static<AnyView> {
    /// Content rendered into the page at build time.
    pub fn new(view: impl IntoView + 'static) -> Self {
        Static { view: view.into_view().into_any(), on_hydrate: None }
    }

    /// The browser's stand-in: the page already holds the content.
    pub fn empty() -> Self {
        Static { view: ().into_any(), on_hydrate: None }
    }
}

impl<V> Static<V> {
    /// Loads the part's one element into `node_ref` when the island hydrates.
    pub fn node_ref<E>(mut self, node_ref: NodeRef<E>) -> Self
    where
        E: leptos::tachys::html::element::ElementType,
        E::Output: wasm_bindgen::JsCast + Clone + 'static,
        NodeRef<E>: leptos::tachys::html::node_ref::NodeRefContainer<E>,
    {
        use leptos::tachys::html::node_ref::NodeRefContainer;
        self.on_hydrate = Some(Box::new(move |el| node_ref.load(el)));
        self
    }
}

impl<V: Render> Render for Static<V> {
    type State = ();

    fn build(self) {}

    fn rebuild(self, _state: &mut Self::State) {}
}

impl<V: RenderHtml> AddAnyAttr for Static<V> {
    type Output<SomeNewAttr: Attribute> = Static<<V as AddAnyAttr>::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Static { view: self.view.add_any_attr(attr), on_hydrate: self.on_hydrate }
    }
}

impl<V: RenderHtml> RenderHtml for Static<V> {
    type AsyncOutput = Static<V::AsyncOutput>;
    type Owned = Static<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;

    fn dry_resolve(&mut self) {
        self.view.dry_resolve()
    }

    async fn resolve(self) -> Self::AsyncOutput {
        Static { view: self.view.resolve().await, on_hydrate: self.on_hydrate }
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.view.to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.view.to_html_async_with_buf::<OUT_OF_ORDER>(buf, position, escape, mark_branches, extra_attrs)
    }

    /// Steps over the one element, as an element's own hydration would, but
    /// without going inside it.
    fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        match position.get() {
            Position::FirstChild => cursor.child(),
            Position::Current => {}
            _ => cursor.sibling(),
        }
        position.set(Position::NextChild);
        if let (Some(on_hydrate), Some(el)) = (self.on_hydrate, Element::cast_from(cursor.current())) {
            on_hydrate(&el);
        }
    }

    fn into_owned(self) -> Self::Owned {
        Static { view: self.view.into_owned(), on_hydrate: self.on_hydrate }
    }
}
