;; The full-pass pixel kernel (tile-state.ts splatSiteFull) in WebAssembly: one site over one
;; tile, adding its cells' power to the group sum and updating the best server (and, for
;; incremental editing, the runner-up, as splatSite does). Every operation
;; is the one splatSiteFull does, in the same order, so both give bit-identical results (IEEE
;; 754 double arithmetic, sqrt, floor and min/max are exact in both). Built into
;; splat-wasm.ts by `npm run build:wasm` (scripts/build-wasm.ts).
;;
;; Pointers are byte offsets into the exported memory; groupSum points at the site's group.
;; Azimuths are in 0.1-degree steps (3600 per turn, AZIMUTH_STEPS in link-tables.ts).
(module
  (memory (export "memory") 1)
  (func (export "splat")
    (param $w i32) (param $xMin f64) (param $yMin f64) (param $res f64)
    (param $inside i32) (param $bestMw i32) (param $bestSite i32) (param $groupSum i32)
    (param $sx f64) (param $sy f64) (param $r2 f64)
    (param $tab i32) (param $tabLast i32) (param $v i32) (param $pat i32) (param $n i32) (param $rot i32) (param $s i32)
    (param $columns i32) (param $azimuth i32) (param $rLo i32) (param $rHi i32)
    (param $floor f64) (param $quantum f64) (param $atanSteps f64) (param $atanRow i32)
    (param $keep i32) (param $secondMw i32) (param $secondSite i32)
    (result i32)
    (local $r i32) (local $c i32) (local $cHi i32) (local $px i32) (local $i i32) (local $k i32)
    (local $b i32) (local $j i32) (local $evals i32) (local $rowBase i32) (local $p i32) (local $q i32) (local $near i32)
    (local $dy f64) (local $dy2 f64) (local $half f64) (local $invDy f64) (local $dx f64) (local $d f64)
    (local $t0 f64) (local $g f64) (local $ax f64) (local $ay f64)
    (local $av f64) (local $a0 f64) (local $sum f64) (local $best f64)
    (local.set $r (local.get $rLo))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_s (local.get $r) (local.get $rHi)))
        ;; dy = yMin + (r + 0.5) * res - sy
        (local.set $dy (f64.sub (f64.add (local.get $yMin)
          (f64.mul (f64.add (f64.convert_i32_s (local.get $r)) (f64.const 0.5)) (local.get $res))) (local.get $sy)))
        (local.set $dy2 (f64.mul (local.get $dy) (local.get $dy)))
        (if (f64.le (local.get $dy2) (local.get $r2))
          (then
            (local.set $half (f64.sqrt (f64.sub (local.get $r2) (local.get $dy2))))
            ;; atanScaledInverse(dy) = atanSteps / |dy|
            (local.set $invDy (f64.div (local.get $atanSteps) (f64.abs (local.get $dy))))
            ;; c = max(0, ceil((sx - half - xMin) / res - 0.5)), cHi = min(w - 1, floor((sx + half - xMin) / res - 0.5))
            (local.set $c (i32.trunc_sat_f64_s (f64.max (f64.const 0)
              (f64.ceil (f64.sub (f64.div (f64.sub (f64.sub (local.get $sx) (local.get $half)) (local.get $xMin)) (local.get $res)) (f64.const 0.5))))))
            (local.set $cHi (i32.trunc_sat_f64_s (f64.min (f64.convert_i32_s (i32.sub (local.get $w) (i32.const 1)))
              (f64.floor (f64.sub (f64.div (f64.sub (f64.add (local.get $sx) (local.get $half)) (local.get $xMin)) (local.get $res)) (f64.const 0.5))))))
            (local.set $rowBase (i32.mul (local.get $r) (local.get $w)))
            (block $colsDone
              (loop $cols
                (br_if $colsDone (i32.gt_s (local.get $c) (local.get $cHi)))
                (local.set $px (i32.add (local.get $rowBase) (local.get $c)))
                (block $skip
                  (br_if $skip (i32.eqz (i32.load8_u (i32.add (local.get $inside) (local.get $px)))))
                  ;; columns[c] = [dx, dx^2, atanScaledInverse(dx)]; d = sqrt(dx^2 + dy^2); i = d | 0
                  (local.set $q (i32.add (local.get $columns) (i32.mul (local.get $c) (i32.const 24))))
                  (local.set $dx (f64.load (local.get $q)))
                  (local.set $d (f64.sqrt (f64.add (f64.load offset=8 (local.get $q)) (local.get $dy2))))
                  (local.set $i (i32.trunc_f64_s (local.get $d)))
                  (br_if $skip (i32.ge_s (local.get $i) (local.get $tabLast)))
                  ;; g = tab[i] + (d - i) * (tab[i + 1] - tab[i])
                  (local.set $p (i32.add (local.get $tab) (i32.shl (local.get $i) (i32.const 3))))
                  (local.set $t0 (f64.load (local.get $p)))
                  (local.set $g (f64.add (local.get $t0) (f64.mul (f64.sub (local.get $d) (f64.convert_i32_s (local.get $i)))
                    (f64.sub (f64.load offset=8 (local.get $p)) (local.get $t0)))))
                  ;; azimuthIndexFrom(dx, dy, columns[c][2], invDy): octant and leg ratio index AZIMUTH_TABLE (int16)
                  (local.set $ax (f64.abs (local.get $dx)))
                  (local.set $ay (f64.abs (local.get $dy)))
                  (local.set $near (f64.le (local.get $ax) (local.get $ay)))
                  (local.set $k (i32.load16_s (i32.add (local.get $azimuth) (i32.shl (i32.add
                    (i32.mul (i32.add (i32.add (i32.shl (f64.le (local.get $dy) (f64.const 0)) (i32.const 2))
                      (i32.shl (f64.ge (local.get $dx) (f64.const 0)) (i32.const 1))) (local.get $near)) (local.get $atanRow))
                    ;; trunc_sat: NaN (at the site itself) -> 0, as NaN | 0 in JavaScript
                    (i32.trunc_sat_f64_s (f64.add (select (f64.mul (local.get $ax) (local.get $invDy))
                      (f64.mul (local.get $ay) (f64.load offset=16 (local.get $q)))
                      (local.get $near)) (f64.const 0.5)))) (i32.const 1)))))
                  ;; relative to the site's first sector
                  (local.set $k (i32.sub (local.get $k) (local.get $rot)))
                  (if (i32.lt_s (local.get $k) (i32.const 0)) (then (local.set $k (i32.add (local.get $k) (i32.const 3600)))))
                  ;; cells: a0 = max(A_V * A_H[0], floor), sum = a0 + sum over j >= 1 of max(A_V * A_H[j], floor)
                  (local.set $b (i32.add (local.get $pat) (i32.shl (i32.mul (local.get $k) (local.get $n)) (i32.const 2))))
                  (local.set $av (f64.promote_f32 (f32.load (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 2))))))
                  (local.set $a0 (f64.max (f64.mul (local.get $av) (f64.promote_f32 (f32.load (local.get $b)))) (local.get $floor)))
                  (if (i32.eq (local.get $n) (i32.const 3))
                    (then ;; the usual three sectors, unrolled
                      (local.set $sum (f64.add (f64.add (local.get $a0)
                        (f64.max (f64.mul (local.get $av) (f64.promote_f32 (f32.load offset=4 (local.get $b)))) (local.get $floor)))
                        (f64.max (f64.mul (local.get $av) (f64.promote_f32 (f32.load offset=8 (local.get $b)))) (local.get $floor)))))
                    (else
                      (local.set $sum (local.get $a0))
                      (local.set $j (i32.const 1))
                      (block $cellsDone
                        (loop $cells
                          (br_if $cellsDone (i32.ge_s (local.get $j) (local.get $n)))
                          (local.set $sum (f64.add (local.get $sum) (f64.max (f64.mul (local.get $av)
                            (f64.promote_f32 (f32.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2)))))) (local.get $floor))))
                          (local.set $j (i32.add (local.get $j) (i32.const 1)))
                          (br $cells)))))
                  (local.set $best (f64.mul (local.get $a0) (local.get $g)))
                  ;; groupSum[px] += floor(sum * g * quantum)
                  (local.set $p (i32.add (local.get $groupSum) (i32.shl (local.get $px) (i32.const 3))))
                  (f64.store (local.get $p) (f64.add (f64.load (local.get $p))
                    (f64.floor (f64.mul (f64.mul (local.get $sum) (local.get $g)) (local.get $quantum)))))
                  ;; best server (sites come in ascending order: a tie keeps the earlier one) and,
                  ;; with $keep, the runner-up: the old best, or this site if it beats the runner-up
                  (local.set $p (i32.add (local.get $bestMw) (i32.shl (local.get $px) (i32.const 3))))
                  (local.set $t0 (f64.load (local.get $p)))
                  (local.set $q (i32.add (local.get $bestSite) (i32.shl (local.get $px) (i32.const 2))))
                  (if (f64.gt (local.get $best) (local.get $t0))
                    (then
                      (if (local.get $keep)
                        (then
                          (f64.store (i32.add (local.get $secondMw) (i32.shl (local.get $px) (i32.const 3))) (local.get $t0))
                          (i32.store (i32.add (local.get $secondSite) (i32.shl (local.get $px) (i32.const 2))) (i32.load (local.get $q)))))
                      (f64.store (local.get $p) (local.get $best))
                      (i32.store (local.get $q) (local.get $s)))
                    (else
                      (if (local.get $keep)
                        (then
                          (local.set $p (i32.add (local.get $secondMw) (i32.shl (local.get $px) (i32.const 3))))
                          (if (f64.gt (local.get $best) (f64.load (local.get $p)))
                            (then
                              (f64.store (local.get $p) (local.get $best))
                              (i32.store (i32.add (local.get $secondSite) (i32.shl (local.get $px) (i32.const 2))) (local.get $s))))))))
                  (local.set $evals (i32.add (local.get $evals) (i32.const 1))))
                (local.set $c (i32.add (local.get $c) (i32.const 1)))
                (br $cols)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))
    (local.get $evals)))
