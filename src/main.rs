fn main() {
    ahsct_explainer::start();
}
