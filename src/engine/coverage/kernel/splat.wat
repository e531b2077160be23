;; The full-pass pixel kernel in WebAssembly: one site over one tile, adding its cells' power to
;; the group sum and updating the best server (and, for incremental editing, the runner-up), as
;; tile-state.ts splatSite does for sites added in ascending order. Every operation is
;; splatSite's own (with evalPattern), in the same order, so both give bit-identical results
;; (IEEE 754 doubles; sqrt, floor, and max(x, floor) as "x < floor ? floor : x" on finite
;; products). Three-sector sites go two pixels at a time (f64x2). Built into splat-wasm.ts by
;; `npm run build:wasm` (scripts/build-wasm.ts).
;;
;; Pointers are byte offsets into the exported memory; groupSum points at the site's group.
;; Rows rLo..rHi and columns cMin..cMax bound the pixels visited (a tile's inside window).
;; Azimuths are in 0.1-degree steps (3600 per turn, AZIMUTH_STEPS in link-tables.ts).
(module
  ;; 10 log10(x) where x is not a positive normal number (never, from the kernel's powers)
  (import "math" "log10" (func $log10 (param f64) (result f64)))
  (memory (export "memory") 1)
  (func (export "splat")
    (param $w i32) (param $xMin f64) (param $yMin f64) (param $res f64)
    (param $inside i32) (param $bestMw i32) (param $bestSite i32) (param $groupSum i32)
    (param $sx f64) (param $sy f64) (param $r2 f64)
    (param $tab i32) (param $tabLast i32) (param $v i32) (param $pat i32) (param $n i32) (param $rot i32) (param $s i32)
    (param $columns i32) (param $colStride i32) (param $azimuth i32) (param $rLo i32) (param $rHi i32)
    (param $floor f64) (param $quantum f64) (param $atanSteps f64) (param $atanRow i32)
    (param $keep i32) (param $secondMw i32) (param $secondSite i32) (param $cMin i32) (param $cMax i32) (param $rM f64)
    (param $insideBefore i32)
    (result i32)
    (local $r i32) (local $c i32) (local $cHi i32) (local $px i32) (local $i i32) (local $k i32)
    (local $b i32) (local $j i32) (local $evals i32) (local $rowBase i32) (local $p i32) (local $q i32) (local $near i32)
    (local $dy f64) (local $dy2 f64) (local $half f64) (local $invDy f64) (local $dx f64) (local $d f64)
    (local $t0 f64) (local $g f64) (local $ax f64) (local $ay f64)
    (local $av f64) (local $a0 f64) (local $sum f64) (local $best f64) (local $tmp f64)
    (local $pairs i32) (local $rowOct i32) (local $i1 i32) (local $k1 i32)
    (local $m v128) (local $fv v128) (local $dxv v128) (local $dv v128) (local $iv v128) (local $ta v128) (local $tb v128) (local $gv v128)
    (local $nearv v128) (local $kv v128) (local $pa v128) (local $pb v128) (local $avv v128) (local $a0v v128) (local $sumv v128)
    (local $bestv v128) (local $oldv v128) (local $upd v128)
    (local $dy2v v128) (local $ayv v128) (local $invDyv v128) (local $rowOctv v128) (local $eastC v128)
    (local $nearC v128) (local $floorv v128) (local $quantumv v128) (local $sv v128)
    (local $oldSites v128) (local $upd32 v128) (local $secv v128) (local $upd2 v128) (local $turnMinusRot i32) (local $invRes f64) (local $allIn i32) (local $azimuthv v128)
    (local.set $turnMinusRot (i32.sub (i32.const 3600) (local.get $rot)))
    (local.set $invRes (f64.div (f64.const 1) (local.get $res)))
    ;; The column table (tile-state.ts fillColumns, by field): dx, dx^2, atanSteps / |dx| for the
    ;; columns the site reaches, c = max(cMin, ceil((sx - rM - xMin) * (1 / res) - 0.5)) ..
    (local.set $c (i32.trunc_sat_f64_s (f64.max (f64.convert_i32_s (local.get $cMin))
      (f64.ceil (f64.sub (f64.mul (f64.sub (f64.sub (local.get $sx) (local.get $rM)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
    (local.set $cHi (i32.trunc_sat_f64_s (f64.min (f64.convert_i32_s (local.get $cMax))
      (f64.floor (f64.sub (f64.mul (f64.sub (f64.add (local.get $sx) (local.get $rM)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
    (block $colsFilled
      (loop $fill
        (br_if $colsFilled (i32.gt_s (local.get $c) (local.get $cHi)))
        (local.set $dx (f64.sub (f64.add (local.get $xMin)
          (f64.mul (f64.add (f64.convert_i32_s (local.get $c)) (f64.const 0.5)) (local.get $res))) (local.get $sx)))
        (local.set $q (i32.add (local.get $columns) (i32.shl (local.get $c) (i32.const 3))))
        (f64.store (local.get $q) (local.get $dx))
        (f64.store (i32.add (local.get $q) (local.get $colStride)) (f64.mul (local.get $dx) (local.get $dx)))
        (f64.store (i32.add (local.get $q) (i32.shl (local.get $colStride) (i32.const 1)))
          (f64.div (local.get $atanSteps) (f64.abs (local.get $dx))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $fill)))
    ;; Two pixels at a time (f64x2) for the usual case: three sectors.
    (local.set $pairs (i32.eq (local.get $n) (i32.const 3)))
    ;; loop invariants, splatted once
    (local.set $eastC (f64x2.splat (f64.convert_i32_s (i32.shl (local.get $atanRow) (i32.const 1)))))
    (local.set $nearC (f64x2.splat (f64.convert_i32_s (local.get $atanRow))))
    (local.set $floorv (f64x2.splat (local.get $floor)))
    (local.set $quantumv (f64x2.splat (local.get $quantum)))
    (local.set $sv (i32x4.splat (local.get $s)))
    (local.set $azimuthv (i32x4.splat (local.get $azimuth)))
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
            ;; c = max(cMin, ceil((sx - half - xMin) * (1 / res) - 0.5)), cHi = min(cMax, floor((sx + half - xMin) * (1 / res) - 0.5))
            (local.set $c (i32.trunc_sat_f64_s (f64.max (f64.convert_i32_s (local.get $cMin))
              (f64.ceil (f64.sub (f64.mul (f64.sub (f64.sub (local.get $sx) (local.get $half)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
            (local.set $cHi (i32.trunc_sat_f64_s (f64.min (f64.convert_i32_s (local.get $cMax))
              (f64.floor (f64.sub (f64.mul (f64.sub (f64.add (local.get $sx) (local.get $half)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
            (local.set $rowBase (i32.mul (local.get $r) (local.get $w)))
            ;; pixels evaluated on this row = inside pixels in c..cHi, from the row's running count
            ;; (insideBefore[r * (w + 1) + c] = inside pixels of row r left of column c)
            (if (i32.ge_s (local.get $cHi) (local.get $c))
              (then
                (local.set $p (i32.add (local.get $insideBefore) (i32.shl (i32.add (local.get $rowBase) (local.get $r)) (i32.const 2))))
                (local.set $j (i32.sub
                  (i32.load (i32.add (local.get $p) (i32.shl (i32.add (local.get $cHi) (i32.const 1)) (i32.const 2))))
                  (i32.load (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 2))))))
                (local.set $evals (i32.add (local.get $evals) (local.get $j)))
                ;; the whole segment inside (the usual case): the pair loop needs no mask
                (local.set $allIn (i32.eq (local.get $j) (i32.add (i32.sub (local.get $cHi) (local.get $c)) (i32.const 1))))))
            (if (local.get $pairs)
              (then
                ;; octant base of this row: AZIMUTH_TABLE row block (dy <= 0) * 4
                (local.set $rowOct (i32.mul (select (i32.const 4) (i32.const 0) (f64.le (local.get $dy) (f64.const 0))) (local.get $atanRow)))
                (local.set $rowOctv (f64x2.splat (f64.convert_i32_s (local.get $rowOct))))
                (local.set $dy2v (f64x2.splat (local.get $dy2)))
                (local.set $ayv (f64x2.splat (f64.abs (local.get $dy))))
                (local.set $invDyv (f64x2.splat (local.get $invDy)))
                (block $pairsDone
                  (loop $pairLoop
                    (br_if $pairsDone (i32.ge_s (local.get $c) (local.get $cHi)))
                    (local.set $px (i32.add (local.get $rowBase) (local.get $c)))
                    (block $pairSkip
                      ;; lanes: pixels c and c + 1; mask m = inside (each inside byte spread over its lane)
                      (if (local.get $allIn)
                        (then (local.set $m (v128.const i64x2 -1 -1)))
                        (else
                          (local.set $m (i8x16.ne (i8x16.shuffle 0 0 0 0 0 0 0 0 1 1 1 1 1 1 1 1
                            (v128.load16_splat (i32.add (local.get $inside) (local.get $px))) (v128.const i64x2 0 0)) (v128.const i64x2 0 0)))
                          (br_if $pairSkip (i32.eqz (v128.any_true (local.get $m))))))
                      (local.set $q (i32.add (local.get $columns) (i32.shl (local.get $c) (i32.const 3))))
                      (local.set $dxv (v128.load (local.get $q)))
                      (local.set $dv (f64x2.sqrt (f64x2.add (v128.load (i32.add (local.get $q) (local.get $colStride))) (local.get $dy2v))))
                      ;; i = floor(d) (d >= 0: d | 0), as an integer in the low 32 bits of floor(d) + 2^52
                      (local.set $fv (f64x2.floor (local.get $dv)))
                      (local.set $iv (f64x2.add (local.get $fv) (v128.const f64x2 0x1p52 0x1p52)))
                      ;; No i < tabLast test here: a site's radius is at most its table's length - 2, so a pixel
                      ;; of its disc always has one (the scalar loop below keeps the test, as splatSite does).
                      (local.set $i (i32x4.extract_lane 0 (local.get $iv)))
                      (local.set $i1 (i32x4.extract_lane 2 (local.get $iv)))
                      ;; g = tab[i] + (d - i) * (tab[i + 1] - tab[i]), per lane (a masked lane may read past its table: harmless)
                      (local.set $ta (v128.load (i32.add (local.get $tab) (i32.shl (local.get $i) (i32.const 3)))))
                      (local.set $tb (v128.load (i32.add (local.get $tab) (i32.shl (local.get $i1) (i32.const 3)))))
                      (local.set $oldv (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ta) (local.get $tb)))
                      (local.set $gv (f64x2.add (local.get $oldv) (f64x2.mul
                        (f64x2.sub (local.get $dv) (local.get $fv))
                        (f64x2.sub (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ta) (local.get $tb)) (local.get $oldv)))))
                      ;; azimuth: AZIMUTH_TABLE[octant * (ATAN_STEPS + 1) + round(shorter / longer leg * ATAN_STEPS)], the
                      ;; index summed in doubles (exact integers) and read like i; pmax(0, x) maps NaN (the site itself) to 0
                      (local.set $nearv (f64x2.le (f64x2.abs (local.get $dxv)) (local.get $ayv)))
                      (local.set $kv (f64x2.add (f64x2.add
                        (f64x2.add (local.get $rowOctv) (v128.and (f64x2.ge (local.get $dxv) (v128.const f64x2 0 0)) (local.get $eastC)))
                        (f64x2.add (v128.and (local.get $nearv) (local.get $nearC)) (f64x2.pmax (v128.const f64x2 0 0) (f64x2.floor (f64x2.add (v128.bitselect (f64x2.mul (f64x2.abs (local.get $dxv)) (local.get $invDyv)) (f64x2.mul (local.get $ayv) (v128.load (i32.add (local.get $q) (i32.shl (local.get $colStride) (i32.const 1))))) (local.get $nearv)) (v128.const f64x2 0.5 0.5))))))
                        (v128.const f64x2 0x1p52 0x1p52)))
                      ;; relative to the site's first sector, plus one turn (the table holds two)
                      (local.set $kv (i32x4.add (i32x4.shl (local.get $kv) (i32.const 1)) (local.get $azimuthv)))
                      (local.set $k (i32.add (i32.load16_s (i32x4.extract_lane 0 (local.get $kv))) (local.get $turnMinusRot)))
                      (local.set $k1 (i32.add (i32.load16_s (i32x4.extract_lane 2 (local.get $kv))) (local.get $turnMinusRot)))
                      ;; the three cells' A_H per lane (a fourth float is read and ignored), and A_V
                      (local.set $pa (v128.load (i32.add (local.get $pat) (i32.mul (local.get $k) (i32.const 12)))))
                      (local.set $pb (v128.load (i32.add (local.get $pat) (i32.mul (local.get $k1) (i32.const 12)))))
                      (local.set $avv (f64x2.promote_low_f32x4 (v128.load32_lane 1 (i32.add (local.get $v) (i32.shl (local.get $i1) (i32.const 2)))
                        (v128.load32_zero (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 2)))))))
                      (local.set $a0v (f64x2.pmax (f64x2.mul (local.get $avv)
                        (f64x2.promote_low_f32x4 (i8x16.shuffle 0 1 2 3 16 17 18 19 0 1 2 3 0 1 2 3 (local.get $pa) (local.get $pb)))) (local.get $floorv)))
                      (local.set $sumv (f64x2.add (f64x2.add (local.get $a0v)
                        (f64x2.pmax (f64x2.mul (local.get $avv)
                          (f64x2.promote_low_f32x4 (i8x16.shuffle 4 5 6 7 20 21 22 23 0 1 2 3 0 1 2 3 (local.get $pa) (local.get $pb)))) (local.get $floorv)))
                        (f64x2.pmax (f64x2.mul (local.get $avv)
                          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 24 25 26 27 0 1 2 3 0 1 2 3 (local.get $pa) (local.get $pb)))) (local.get $floorv))))
                      (local.set $bestv (f64x2.mul (local.get $a0v) (local.get $gv)))
                      ;; groupSum += floor(sum * g * quantum) where the mask is set (+0 elsewhere)
                      (local.set $p (i32.add (local.get $groupSum) (i32.shl (local.get $px) (i32.const 3))))
                      (v128.store (local.get $p) (f64x2.add (v128.load (local.get $p)) (v128.and (local.get $m)
                        (f64x2.floor (f64x2.mul (f64x2.mul (local.get $sumv) (local.get $gv)) (local.get $quantumv))))))
                      ;; best server where this site is stronger
                      (local.set $p (i32.add (local.get $bestMw) (i32.shl (local.get $px) (i32.const 3))))
                      (local.set $oldv (v128.load (local.get $p)))
                      (local.set $upd (v128.and (local.get $m) (f64x2.gt (local.get $bestv) (local.get $oldv))))
                      (v128.store (local.get $p) (v128.bitselect (local.get $bestv) (local.get $oldv) (local.get $upd)))
                      (local.set $p (i32.add (local.get $bestSite) (i32.shl (local.get $px) (i32.const 2))))
                      (local.set $oldSites (v128.load64_zero (local.get $p)))
                      (local.set $upd32 (i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11 (local.get $upd) (local.get $upd)))
                      (v128.store64_lane 0 (local.get $p) (v128.bitselect (local.get $sv) (local.get $oldSites) (local.get $upd32)))
                      (if (local.get $keep)
                        (then
                          ;; runner-up: the old best where this site took over, else this site where it beats the runner-up
                          (local.set $p (i32.add (local.get $secondMw) (i32.shl (local.get $px) (i32.const 3))))
                          (local.set $secv (v128.load (local.get $p)))
                          (local.set $upd2 (v128.andnot (v128.and (local.get $m) (f64x2.gt (local.get $bestv) (local.get $secv))) (local.get $upd)))
                          (v128.store (local.get $p) (v128.bitselect (local.get $oldv) (v128.bitselect (local.get $bestv) (local.get $secv) (local.get $upd2)) (local.get $upd)))
                          (local.set $p (i32.add (local.get $secondSite) (i32.shl (local.get $px) (i32.const 2))))
                          (v128.store64_lane 0 (local.get $p) (v128.bitselect (local.get $oldSites)
                            (v128.bitselect (local.get $sv) (v128.load64_zero (local.get $p))
                              (i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11 (local.get $upd2) (local.get $upd2)))
                            (local.get $upd32)))))
                      )
                    (local.set $c (i32.add (local.get $c) (i32.const 2)))
                    (br $pairLoop)))))
            (block $colsDone
              (loop $cols
                (br_if $colsDone (i32.gt_s (local.get $c) (local.get $cHi)))
                (local.set $px (i32.add (local.get $rowBase) (local.get $c)))
                (block $skip
                  (br_if $skip (i32.eqz (i32.load8_u (i32.add (local.get $inside) (local.get $px)))))
                  ;; column table (structure of arrays): dx, dx^2, atanScaledInverse(dx); d = sqrt(dx^2 + dy^2); i = d | 0
                  (local.set $q (i32.add (local.get $columns) (i32.shl (local.get $c) (i32.const 3))))
                  (local.set $dx (f64.load (local.get $q)))
                  (local.set $d (f64.sqrt (f64.add (f64.load (i32.add (local.get $q) (local.get $colStride))) (local.get $dy2))))
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
                      (f64.mul (local.get $ay) (f64.load (i32.add (local.get $q) (i32.shl (local.get $colStride) (i32.const 1)))))
                      (local.get $near)) (f64.const 0.5)))) (i32.const 1)))))
                  ;; relative to the site's first sector, plus one turn (the table holds two)
                  (local.set $k (i32.add (local.get $k) (local.get $turnMinusRot)))
                  ;; cells: a0 = max(A_V * A_H[0], floor), sum = a0 + sum over j >= 1 of max(A_V * A_H[j], floor);
                  ;; max(x, floor) as "x < floor ? floor : x", exact for these finite products and cheaper than f64.max
                  (local.set $b (i32.add (local.get $pat) (i32.shl (i32.mul (local.get $k) (local.get $n)) (i32.const 2))))
                  (local.set $av (f64.promote_f32 (f32.load (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 2))))))
                  (local.set $a0 (select (local.get $floor) (local.tee $tmp (f64.mul (local.get $av) (f64.promote_f32 (f32.load (local.get $b))))) (f64.lt (local.get $tmp) (local.get $floor))))
                  (if (i32.eq (local.get $n) (i32.const 3))
                    (then ;; the usual three sectors, unrolled
                      (local.set $sum (f64.add (f64.add (local.get $a0)
                        (select (local.get $floor) (local.tee $tmp (f64.mul (local.get $av) (f64.promote_f32 (f32.load offset=4 (local.get $b))))) (f64.lt (local.get $tmp) (local.get $floor))))
                        (select (local.get $floor) (local.tee $tmp (f64.mul (local.get $av) (f64.promote_f32 (f32.load offset=8 (local.get $b))))) (f64.lt (local.get $tmp) (local.get $floor))))))
                    (else
                      (local.set $sum (local.get $a0))
                      (local.set $j (i32.const 1))
                      (block $cellsDone
                        (loop $cells
                          (br_if $cellsDone (i32.ge_s (local.get $j) (local.get $n)))
                          (local.set $sum (f64.add (local.get $sum) (select (local.get $floor) (local.tee $tmp (f64.mul (local.get $av)
                            (f64.promote_f32 (f32.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))))) (f64.lt (local.get $tmp) (local.get $floor)))))
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
                  )
                (local.set $c (i32.add (local.get $c) (i32.const 1)))
                (br $cols)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))
    (local.get $evals))

  ;; 10 log10(x) in place for n doubles at $ptr, as fast-db.ts fastDb does it: x = 2^e m,
  ;; m in [1, 2); j = the top ten mantissa bits; t = m / (1 + j / 1024) - 1 < 1/1024;
  ;; log2 m = log2(1 + j / 1024) + log2(1 + t) (four terms of the series). Tables at $tables:
  ;; 1024 doubles log2(1 + j / 1024), then 1024 doubles 1 / (1 + j / 1024).
  (func (export "db") (param $ptr i32) (param $n i32) (param $tables i32)
    (param $invLn2 f64) (param $third f64) (param $dbPerLog2 f64)
    (local $end i32) (local $x f64) (local $bits i64) (local $e i32) (local $j i32) (local $t f64)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $x (f64.load (local.get $ptr)))
        (local.set $bits (i64.reinterpret_f64 (local.get $x)))
        (local.set $e (i32.sub (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 52))) (i32.const 1023)))
        (if (i32.or (i32.or (i32.le_s (local.get $e) (i32.const -1023)) (i32.ge_s (local.get $e) (i32.const 1024)))
              (f64.le (local.get $x) (f64.const 0)))
          (then (f64.store (local.get $ptr) (f64.mul (f64.const 10) (call $log10 (local.get $x)))))
          (else
            (local.set $j (i32.and (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 42))) (i32.const 1023)))
            (local.set $t (f64.sub (f64.mul
              (f64.reinterpret_i64 (i64.or (i64.and (local.get $bits) (i64.const 0x000fffffffffffff)) (i64.const 0x3ff0000000000000)))
              (f64.load offset=8192 (i32.add (local.get $tables) (i32.shl (local.get $j) (i32.const 3))))) (f64.const 1)))
            (f64.store (local.get $ptr) (f64.mul (f64.add (f64.convert_i32_s (local.get $e))
              (f64.add (f64.load (i32.add (local.get $tables) (i32.shl (local.get $j) (i32.const 3))))
                (f64.mul (f64.mul (local.get $t) (local.get $invLn2))
                  (f64.sub (f64.const 1) (f64.mul (local.get $t) (f64.sub (f64.const 0.5)
                    (f64.mul (local.get $t) (f64.sub (local.get $third) (f64.mul (local.get $t) (f64.const 0.25))))))))))
              (local.get $dbPerLog2)))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 8)))
        (br $each)))))
