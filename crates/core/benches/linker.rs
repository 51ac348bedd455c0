//! Native linker throughput (criterion): the seed at 1×, 10× and 100× its length, with 20,
//! 200 and 2,000 entities, and an adversarial body for a long alias. `make bench` reads the
//! estimates and reports MB/s and growth.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use stancemap_core::linker::Linker;
use stancemap_core::{EntityIx, link_article, parse_article};

mod synthetic;

fn linking(c: &mut Criterion) {
    let seed = parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap();
    let mut group = c.benchmark_group("link_article");
    for k in [1, 10, 100] {
        let article = synthetic::scaled(&seed, k);
        let bytes: usize = article.body.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{k}x")),
            &article,
            |b, a| {
                b.iter(|| link_article(a));
            },
        );
    }
    group.finish();

    // A 101-token alias whose first 50 words repeat through a 1 MB body, beside a one-word
    // alias that matches everywhere: a walk of the trie from each token start would go 100
    // tokens deep at every word; the automaton's failure links keep the scan linear.
    let long = format!("{}b", "a ".repeat(50));
    let body = "a ".repeat(500_000);
    let linker = Linker::new([(EntityIx::new(0), long.as_str()), (EntityIx::new(1), "a")]);
    let mut group = c.benchmark_group("link_adversarial");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("1MB", |b| b.iter(|| linker.link(&body)));
    group.finish();
}

criterion_group!(benches, linking);
criterion_main!(benches);
