// Package eval measures Kronika against hand-made answers: gold files of
// events, entities, quotes and times, CoNLL-U treebanks, SlavicNER's named
// entities and PETRARCH's unit-test records. Each scorer compares what the
// pipeline predicts with the answers and keeps the counts from which
// precision, recall, F1 and accuracies follow (the rules are in README.md).
package eval
