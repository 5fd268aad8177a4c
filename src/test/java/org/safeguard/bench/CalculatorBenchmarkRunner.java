package org.safeguard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DibaoCalculatorBenchmark} with JMH and prints, per benchmark, the median of the measured
 * iterations in households per second (one thread). Started by bench/calculator.sh.
 */
public final class CalculatorBenchmarkRunner {

    private CalculatorBenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        var options = new OptionsBuilder().include(DibaoCalculatorBenchmark.class.getName()).build();
        for (RunResult run : new Runner(options).run()) {
            List<Double> scores = new ArrayList<>();
            for (var benchmark : run.getBenchmarkResults()) {
                for (IterationResult iteration : benchmark.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            Collections.sort(scores);
            double median = scores.size() % 2 == 1 ? scores.get(scores.size() / 2)
                    : (scores.get(scores.size() / 2 - 1) + scores.get(scores.size() / 2)) / 2;
            String name = run.getParams().getBenchmark();
            System.out.printf("calculator %s: median %,.0f households/s on one thread (%d iterations, min %,.0f, max %,.0f)%n",
                    name.substring(name.lastIndexOf('.') + 1), median, scores.size(), scores.get(0), scores.get(scores.size() - 1));
        }
    }
}
