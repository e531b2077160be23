;; The full-pass pixel kernel in WebAssembly: one site over one tile, adding its cells' power to
;; the group sum and updating the best server (and, for incremental editing, the runner-up), as
;; tile-state.ts splatSite does for sites added in ascending order. Every operation is
;; splatSite's own, in the same order, so both give bit-identical results: the geometry and the
;; link gains in single precision (splatSite rounds each step with Math.fround), the exact group
;; sums and the best power in doubles. Three-sector sites go four pixels at a time (f32x4, with
;; the doubles in two f64x2 halves). Built into splat-wasm.ts by `npm run build:wasm`
;; (scripts/build-wasm.ts).
;;
;; Pointers are byte offsets into the exported memory; groupSum points at the site's group.
;; Rows rLo..rHi and columns cMin..cMax bound the pixels visited (a tile's inside window).
;; Azimuths are in 0.1-degree steps (3600 per turn, AZIMUTH_STEPS in link-tables.ts).
;; tab: the gain table as float pairs (gain, slope to the next metre); v: A_V per metre (float);
;; pat: the combined sector table, n floats per azimuth step; columns: three float rows of
;; colStride bytes (dx, dx^2, atanSteps / |dx|), filled here for the columns the site reaches.
;; terr: the site's terrain factors (site-terrain.ts SiteTerrainRaster.factor, nRad radials of
;; count samples, stepM apart) or 0 without terrain; each pixel's gain is multiplied by its
;; nearest radial sample's factor, as splatSite does with terrainFactorAt.
;; skipMw > 0 (a run that reads only the covered mask, splatSite's `sureMw`): pixels whose best
;; power already reaches skipMw are left alone, and no group sum is kept (sums = 0).
(module
  ;; 10 log10(x) where x is not a positive normal number (never, from the kernel's powers)
  (import "math" "log10" (func $log10 (param f64) (result f64)))
  (memory (export "memory") 1)
  ;; site-terrain.ts terrainFactorAt: radial a = trunc(k nRad / 3600 + 0.5) (mod nRad), sample
  ;; trunc(d / stepM + 0.5) (at most count - 1), in doubles as there
  (func $terrainFactor (param $terr i32) (param $nRad f64) (param $count i32) (param $stepM f64) (param $k i32) (param $d f32) (result f32)
    (local $a i32) (local $n i32) (local $i i32)
    (local.set $n (i32.trunc_f64_s (local.get $nRad)))
    (local.set $a (i32.trunc_f64_s (f64.add (f64.div (f64.mul (f64.convert_i32_s (local.get $k)) (local.get $nRad)) (f64.const 3600)) (f64.const 0.5))))
    (if (i32.ge_s (local.get $a) (local.get $n)) (then (local.set $a (i32.sub (local.get $a) (local.get $n)))))
    (local.set $i (i32.trunc_f64_s (f64.add (f64.div (f64.promote_f32 (local.get $d)) (local.get $stepM)) (f64.const 0.5))))
    (if (i32.ge_s (local.get $i) (local.get $count)) (then (local.set $i (i32.sub (local.get $count) (i32.const 1)))))
    (f32.load (i32.add (local.get $terr) (i32.shl (i32.add (i32.mul (local.get $a) (local.get $count)) (local.get $i)) (i32.const 2)))))
  (func (export "splat")
    (param $w i32) (param $xMin f64) (param $yMin f64) (param $res f64)
    (param $inside i32) (param $bestMw i32) (param $bestSite i32) (param $groupSum i32)
    (param $sx f64) (param $sy f64) (param $r2 f64)
    (param $tab i32) (param $tabLast i32) (param $v i32) (param $pat i32) (param $n i32) (param $rot i32) (param $s i32)
    (param $columns i32) (param $colStride i32) (param $azimuth i32) (param $rLo i32) (param $rHi i32)
    (param $floor f32) (param $quantum f64) (param $atanSteps f32) (param $atanRow i32)
    (param $keep i32) (param $secondMw i32) (param $secondSite i32) (param $cMin i32) (param $cMax i32) (param $rM f64)
    (param $insideBefore i32)
    (param $terr i32) (param $terrNRad f64) (param $terrCount i32) (param $terrStepM f64)
    (param $skipMw f64) (param $sums i32)
    (result i32)
    (local $r i32) (local $c i32) (local $cHi i32) (local $px i32) (local $i i32) (local $k i32)
    (local $b i32) (local $j i32) (local $evals i32) (local $rowBase i32) (local $p i32) (local $q i32) (local $near i32)
    (local $dy f64) (local $dy2 f64) (local $half f64) (local $dx f64) (local $invRes f64) (local $t0 f64) (local $best64 f64)
    (local $dxf f32) (local $dyf f32) (local $dy2f f32) (local $ayf f32) (local $invDyf f32) (local $d f32) (local $g f32)
    (local $ax f32) (local $av f32) (local $a0 f32) (local $sum f32) (local $tmp f32)
    (local $four i32) (local $rowOct i32) (local $turnMinusRot i32) (local $allIn i32)
    (local $m v128) (local $mlo v128) (local $mhi v128) (local $dxv v128) (local $dv v128) (local $iv v128) (local $frac v128)
    (local $ta v128) (local $va v128) (local $gs01 v128) (local $gs23 v128) (local $gv v128) (local $avv v128)
    (local $axv v128) (local $nearv v128) (local $kv v128)
    (local $pa v128) (local $pb v128) (local $pc v128) (local $pd v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128)
    (local $a0v v128) (local $sumv v128) (local $bestv v128) (local $cvv v128) (local $blo v128) (local $bhi v128)
    (local $oldlo v128) (local $oldhi v128) (local $updlo v128) (local $updhi v128) (local $upd32 v128) (local $oldSites v128)
    (local $seclo v128) (local $sechi v128) (local $upd2lo v128) (local $upd2hi v128)
    (local $dy2fv v128) (local $ayfv v128) (local $invDyfv v128) (local $rowOctv v128) (local $eastC v128) (local $nearC v128) (local $skipv v128)
    (local $floorv v128) (local $quantumv v128) (local $sv v128) (local $tabv v128) (local $vv v128) (local $azimuthv v128)
    (local.set $turnMinusRot (i32.sub (i32.const 3600) (local.get $rot)))
    (local.set $invRes (f64.div (f64.const 1) (local.get $res)))
    ;; The column table (tile-state.ts fillColumns): dx, dx^2, atanSteps / |dx| in floats, for the
    ;; columns the site reaches, c = max(cMin, ceil((sx - rM - xMin) * (1 / res) - 0.5)) ..
    (local.set $c (i32.trunc_sat_f64_s (f64.max (f64.convert_i32_s (local.get $cMin))
      (f64.ceil (f64.sub (f64.mul (f64.sub (f64.sub (local.get $sx) (local.get $rM)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
    (local.set $cHi (i32.trunc_sat_f64_s (f64.min (f64.convert_i32_s (local.get $cMax))
      (f64.floor (f64.sub (f64.mul (f64.sub (f64.add (local.get $sx) (local.get $rM)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
    (block $colsFilled
      (loop $fill
        (br_if $colsFilled (i32.gt_s (local.get $c) (local.get $cHi)))
        (local.set $dxf (f32.demote_f64 (f64.sub (f64.add (local.get $xMin)
          (f64.mul (f64.add (f64.convert_i32_s (local.get $c)) (f64.const 0.5)) (local.get $res))) (local.get $sx))))
        (local.set $q (i32.add (local.get $columns) (i32.shl (local.get $c) (i32.const 2))))
        (f32.store (local.get $q) (local.get $dxf))
        (f32.store (i32.add (local.get $q) (local.get $colStride)) (f32.mul (local.get $dxf) (local.get $dxf)))
        (f32.store (i32.add (local.get $q) (i32.shl (local.get $colStride) (i32.const 1)))
          (f32.div (local.get $atanSteps) (f32.abs (local.get $dxf))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $fill)))
    ;; Four pixels at a time for the usual case: three sectors.
    (local.set $four (i32.eq (local.get $n) (i32.const 3)))
    ;; loop invariants, splatted once
    (local.set $eastC (i32x4.splat (i32.shl (local.get $atanRow) (i32.const 1))))
    (local.set $nearC (i32x4.splat (local.get $atanRow)))
    (local.set $floorv (f32x4.splat (local.get $floor)))
    (local.set $quantumv (f64x2.splat (local.get $quantum)))
    (local.set $sv (i32x4.splat (local.get $s)))
    (local.set $tabv (i32x4.splat (local.get $tab)))
    (local.set $vv (i32x4.splat (local.get $v)))
    (local.set $azimuthv (i32x4.splat (local.get $azimuth)))
    (local.set $skipv (f64x2.splat (local.get $skipMw)))
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
            ;; the row in floats: dy, dy^2, |dy| and atanSteps / |dy|
            (local.set $dyf (f32.demote_f64 (local.get $dy)))
            (local.set $dy2f (f32.mul (local.get $dyf) (local.get $dyf)))
            (local.set $ayf (f32.abs (local.get $dyf)))
            (local.set $invDyf (f32.div (local.get $atanSteps) (local.get $ayf)))
            ;; c = max(cMin, ceil((sx - half - xMin) * (1 / res) - 0.5)), cHi = min(cMax, floor((sx + half - xMin) * (1 / res) - 0.5))
            (local.set $c (i32.trunc_sat_f64_s (f64.max (f64.convert_i32_s (local.get $cMin))
              (f64.ceil (f64.sub (f64.mul (f64.sub (f64.sub (local.get $sx) (local.get $half)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
            (local.set $cHi (i32.trunc_sat_f64_s (f64.min (f64.convert_i32_s (local.get $cMax))
              (f64.floor (f64.sub (f64.mul (f64.sub (f64.add (local.get $sx) (local.get $half)) (local.get $xMin)) (local.get $invRes)) (f64.const 0.5))))))
            (local.set $rowBase (i32.mul (local.get $r) (local.get $w)))
            ;; octant base of this row: AZIMUTH_TABLE row block (dy <= 0) * 4
            (local.set $rowOct (i32.mul (select (i32.const 4) (i32.const 0) (f32.le (local.get $dyf) (f32.const 0))) (local.get $atanRow)))
            ;; pixels evaluated on this row = inside pixels in c..cHi, from the row's running count
            ;; (insideBefore[r * (w + 1) + c] = inside pixels of row r left of column c)
            (if (i32.ge_s (local.get $cHi) (local.get $c))
              (then
                (local.set $p (i32.add (local.get $insideBefore) (i32.shl (i32.add (local.get $rowBase) (local.get $r)) (i32.const 2))))
                (local.set $j (i32.sub
                  (i32.load (i32.add (local.get $p) (i32.shl (i32.add (local.get $cHi) (i32.const 1)) (i32.const 2))))
                  (i32.load (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 2))))))
                (local.set $evals (i32.add (local.get $evals) (local.get $j)))
                ;; the whole segment inside (the usual case): the four-pixel loop needs no mask
                (local.set $allIn (i32.eq (local.get $j) (i32.add (i32.sub (local.get $cHi) (local.get $c)) (i32.const 1))))))
            (if (local.get $four)
              (then
                (local.set $rowOctv (i32x4.splat (local.get $rowOct)))
                (local.set $dy2fv (f32x4.splat (local.get $dy2f)))
                (local.set $ayfv (f32x4.splat (local.get $ayf)))
                (local.set $invDyfv (f32x4.splat (local.get $invDyf)))
                (block $quadsDone
                  (loop $quads
                    (br_if $quadsDone (i32.gt_s (i32.add (local.get $c) (i32.const 3)) (local.get $cHi)))
                    (local.set $px (i32.add (local.get $rowBase) (local.get $c)))
                    (block $quadSkip
                      ;; lanes: pixels c .. c + 3; mask m = inside (each inside byte spread over its lane)
                      (if (local.get $allIn)
                        (then (local.set $m (v128.const i32x4 -1 -1 -1 -1)))
                        (else
                          (local.set $m (i8x16.ne (i8x16.shuffle 0 0 0 0 1 1 1 1 2 2 2 2 3 3 3 3
                            (v128.load32_zero (i32.add (local.get $inside) (local.get $px))) (v128.const i64x2 0 0)) (v128.const i64x2 0 0)))
                          (br_if $quadSkip (i32.eqz (v128.any_true (local.get $m))))))
                      ;; skip mode: only lanes whose best power is still below skipMw
                      (if (f64.gt (local.get $skipMw) (f64.const 0))
                        (then
                          (local.set $p (i32.add (local.get $bestMw) (i32.shl (local.get $px) (i32.const 3))))
                          (local.set $m (v128.and (local.get $m) (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                            (f64x2.lt (v128.load (local.get $p)) (local.get $skipv)) (f64x2.lt (v128.load offset=16 (local.get $p)) (local.get $skipv)))))
                          (br_if $quadSkip (i32.eqz (v128.any_true (local.get $m))))))
                      (local.set $q (i32.add (local.get $columns) (i32.shl (local.get $c) (i32.const 2))))
                      (local.set $dxv (v128.load (local.get $q)))
                      (local.set $dv (f32x4.sqrt (f32x4.add (v128.load (i32.add (local.get $q) (local.get $colStride))) (local.get $dy2fv))))
                      ;; i = trunc(d), frac = d - i (exact); no i < tabLast test here: a site's radius is at most its
                      ;; table's length - 2, so a pixel of its disc always has one (the scalar loop keeps the test)
                      (local.set $iv (i32x4.trunc_sat_f32x4_s (local.get $dv)))
                      (local.set $frac (f32x4.sub (local.get $dv) (f32x4.convert_i32x4_s (local.get $iv))))
                      ;; g = gain[i] + frac * slope[i], per lane (a masked lane's read stays within its table)
                      (local.set $ta (i32x4.add (i32x4.shl (local.get $iv) (i32.const 3)) (local.get $tabv)))
                      (local.set $gs01 (v128.load64_lane 1 (i32x4.extract_lane 1 (local.get $ta)) (v128.load64_zero (i32x4.extract_lane 0 (local.get $ta)))))
                      (local.set $gs23 (v128.load64_lane 1 (i32x4.extract_lane 3 (local.get $ta)) (v128.load64_zero (i32x4.extract_lane 2 (local.get $ta)))))
                      (local.set $gv (f32x4.add
                        (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $gs01) (local.get $gs23))
                        (f32x4.mul (local.get $frac) (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $gs01) (local.get $gs23)))))
                      (local.set $va (i32x4.add (i32x4.shl (local.get $iv) (i32.const 2)) (local.get $vv)))
                      (local.set $avv (v128.load32_lane 3 (i32x4.extract_lane 3 (local.get $va)) (v128.load32_lane 2 (i32x4.extract_lane 2 (local.get $va))
                        (v128.load32_lane 1 (i32x4.extract_lane 1 (local.get $va)) (v128.load32_zero (i32x4.extract_lane 0 (local.get $va)))))))
                      ;; azimuth: AZIMUTH_TABLE[octant * (ATAN_STEPS + 1) + trunc(shorter / longer leg * ATAN_STEPS + 0.5)];
                      ;; trunc_sat maps NaN (the site itself) to 0
                      (local.set $axv (f32x4.abs (local.get $dxv)))
                      (local.set $nearv (f32x4.le (local.get $axv) (local.get $ayfv)))
                      (local.set $kv (i32x4.add (i32x4.shl (i32x4.add
                        (i32x4.add (local.get $rowOctv) (i32x4.add (v128.and (f32x4.ge (local.get $dxv) (v128.const f32x4 0 0 0 0)) (local.get $eastC))
                          (v128.and (local.get $nearv) (local.get $nearC))))
                        (i32x4.trunc_sat_f32x4_s (f32x4.add (v128.bitselect (f32x4.mul (local.get $axv) (local.get $invDyfv))
                          (f32x4.mul (local.get $ayfv) (v128.load (i32.add (local.get $q) (i32.shl (local.get $colStride) (i32.const 1))))) (local.get $nearv))
                          (v128.const f32x4 0.5 0.5 0.5 0.5)))) (i32.const 1)) (local.get $azimuthv)))
                      ;; terrain: each lane's gain times its nearest radial sample's factor
                      (if (local.get $terr)
                        (then
                          (local.set $gv (f32x4.mul (local.get $gv)
                            (f32x4.replace_lane 3 (f32x4.replace_lane 2 (f32x4.replace_lane 1
                              (f32x4.splat (call $terrainFactor (local.get $terr) (local.get $terrNRad) (local.get $terrCount) (local.get $terrStepM)
                                (i32.load16_s (i32x4.extract_lane 0 (local.get $kv))) (f32x4.extract_lane 0 (local.get $dv))))
                              (call $terrainFactor (local.get $terr) (local.get $terrNRad) (local.get $terrCount) (local.get $terrStepM)
                                (i32.load16_s (i32x4.extract_lane 1 (local.get $kv))) (f32x4.extract_lane 1 (local.get $dv))))
                              (call $terrainFactor (local.get $terr) (local.get $terrNRad) (local.get $terrCount) (local.get $terrStepM)
                                (i32.load16_s (i32x4.extract_lane 2 (local.get $kv))) (f32x4.extract_lane 2 (local.get $dv))))
                              (call $terrainFactor (local.get $terr) (local.get $terrNRad) (local.get $terrCount) (local.get $terrStepM)
                                (i32.load16_s (i32x4.extract_lane 3 (local.get $kv))) (f32x4.extract_lane 3 (local.get $dv))))))))
                      ;; each lane's three cells' A_H (a fourth float is read and ignored), relative to the site's first
                      ;; sector plus one turn (the table holds two)
                      (local.set $pa (v128.load (i32.add (local.get $pat) (i32.mul (i32.add (i32.load16_s (i32x4.extract_lane 0 (local.get $kv))) (local.get $turnMinusRot)) (i32.const 12)))))
                      (local.set $pb (v128.load (i32.add (local.get $pat) (i32.mul (i32.add (i32.load16_s (i32x4.extract_lane 1 (local.get $kv))) (local.get $turnMinusRot)) (i32.const 12)))))
                      (local.set $pc (v128.load (i32.add (local.get $pat) (i32.mul (i32.add (i32.load16_s (i32x4.extract_lane 2 (local.get $kv))) (local.get $turnMinusRot)) (i32.const 12)))))
                      (local.set $pd (v128.load (i32.add (local.get $pat) (i32.mul (i32.add (i32.load16_s (i32x4.extract_lane 3 (local.get $kv))) (local.get $turnMinusRot)) (i32.const 12)))))
                      ;; transposed: t1 = a0 b0 a1 b1, t2 = c0 d0 c1 d1, t3 = a2 b2 a3 b3, t4 = c2 d2 c3 d3
                      (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $pa) (local.get $pb)))
                      (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $pc) (local.get $pd)))
                      (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $pa) (local.get $pb)))
                      (local.set $t4 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $pc) (local.get $pd)))
                      ;; cells: a0 = max(A_V * A_H[0], floor), sum = (a0 + max(A_V * A_H[1], floor)) + max(A_V * A_H[2], floor),
                      ;; max(x, floor) as pmax: "x < floor ? floor : x"
                      (local.set $a0v (f32x4.pmax (f32x4.mul (local.get $avv)
                        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t2))) (local.get $floorv)))
                      (local.set $sumv (f32x4.add (f32x4.add (local.get $a0v)
                        (f32x4.pmax (f32x4.mul (local.get $avv)
                          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t2))) (local.get $floorv)))
                        (f32x4.pmax (f32x4.mul (local.get $avv)
                          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t3) (local.get $t4))) (local.get $floorv))))
                      (local.set $bestv (f32x4.mul (local.get $a0v) (local.get $gv)))
                      (local.set $cvv (f32x4.mul (local.get $sumv) (local.get $gv)))
                      ;; the doubles in two halves: lanes 0, 1 (lo) and 2, 3 (hi)
                      (local.set $mlo (i64x2.extend_low_i32x4_s (local.get $m)))
                      (local.set $mhi (i64x2.extend_high_i32x4_s (local.get $m)))
                      ;; groupSum += floor(double(sum * g) * quantum) where the mask is set (+0 elsewhere)
                      (if (local.get $sums)
                        (then
                          (local.set $p (i32.add (local.get $groupSum) (i32.shl (local.get $px) (i32.const 3))))
                          (v128.store (local.get $p) (f64x2.add (v128.load (local.get $p)) (v128.and (local.get $mlo)
                            (f64x2.floor (f64x2.mul (f64x2.promote_low_f32x4 (local.get $cvv)) (local.get $quantumv))))))
                          (v128.store offset=16 (local.get $p) (f64x2.add (v128.load offset=16 (local.get $p)) (v128.and (local.get $mhi)
                            (f64x2.floor (f64x2.mul (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $cvv) (local.get $cvv)))
                              (local.get $quantumv))))))))
                      ;; best server where this site is stronger
                      (local.set $blo (f64x2.promote_low_f32x4 (local.get $bestv)))
                      (local.set $bhi (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $bestv) (local.get $bestv))))
                      (local.set $p (i32.add (local.get $bestMw) (i32.shl (local.get $px) (i32.const 3))))
                      (local.set $oldlo (v128.load (local.get $p)))
                      (local.set $oldhi (v128.load offset=16 (local.get $p)))
                      (local.set $updlo (v128.and (local.get $mlo) (f64x2.gt (local.get $blo) (local.get $oldlo))))
                      (local.set $updhi (v128.and (local.get $mhi) (f64x2.gt (local.get $bhi) (local.get $oldhi))))
                      (v128.store (local.get $p) (v128.bitselect (local.get $blo) (local.get $oldlo) (local.get $updlo)))
                      (v128.store offset=16 (local.get $p) (v128.bitselect (local.get $bhi) (local.get $oldhi) (local.get $updhi)))
                      (local.set $upd32 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $updlo) (local.get $updhi)))
                      (local.set $p (i32.add (local.get $bestSite) (i32.shl (local.get $px) (i32.const 2))))
                      (local.set $oldSites (v128.load (local.get $p)))
                      (v128.store (local.get $p) (v128.bitselect (local.get $sv) (local.get $oldSites) (local.get $upd32)))
                      (if (local.get $keep)
                        (then
                          ;; runner-up: the old best where this site took over, else this site where it beats the runner-up
                          (local.set $p (i32.add (local.get $secondMw) (i32.shl (local.get $px) (i32.const 3))))
                          (local.set $seclo (v128.load (local.get $p)))
                          (local.set $sechi (v128.load offset=16 (local.get $p)))
                          (local.set $upd2lo (v128.andnot (v128.and (local.get $mlo) (f64x2.gt (local.get $blo) (local.get $seclo))) (local.get $updlo)))
                          (local.set $upd2hi (v128.andnot (v128.and (local.get $mhi) (f64x2.gt (local.get $bhi) (local.get $sechi))) (local.get $updhi)))
                          (v128.store (local.get $p) (v128.bitselect (local.get $oldlo) (v128.bitselect (local.get $blo) (local.get $seclo) (local.get $upd2lo)) (local.get $updlo)))
                          (v128.store offset=16 (local.get $p) (v128.bitselect (local.get $oldhi) (v128.bitselect (local.get $bhi) (local.get $sechi) (local.get $upd2hi)) (local.get $updhi)))
                          (local.set $p (i32.add (local.get $secondSite) (i32.shl (local.get $px) (i32.const 2))))
                          (v128.store (local.get $p) (v128.bitselect (local.get $oldSites)
                            (v128.bitselect (local.get $sv) (v128.load (local.get $p))
                              (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $upd2lo) (local.get $upd2hi)))
                            (local.get $upd32)))))
                      )
                    (local.set $c (i32.add (local.get $c) (i32.const 4)))
                    (br $quads)))))
            (block $colsDone
              (loop $cols
                (br_if $colsDone (i32.gt_s (local.get $c) (local.get $cHi)))
                (local.set $px (i32.add (local.get $rowBase) (local.get $c)))
                (block $skip
                  (br_if $skip (i32.eqz (i32.load8_u (i32.add (local.get $inside) (local.get $px)))))
                  (br_if $skip (i32.and (f64.gt (local.get $skipMw) (f64.const 0))
                    (f64.ge (f64.load (i32.add (local.get $bestMw) (i32.shl (local.get $px) (i32.const 3)))) (local.get $skipMw))))
                  ;; d = sqrt(dx^2 + dy^2), i = trunc(d)
                  (local.set $q (i32.add (local.get $columns) (i32.shl (local.get $c) (i32.const 2))))
                  (local.set $dxf (f32.load (local.get $q)))
                  (local.set $d (f32.sqrt (f32.add (f32.load (i32.add (local.get $q) (local.get $colStride))) (local.get $dy2f))))
                  (local.set $i (i32.trunc_sat_f32_s (local.get $d)))
                  (br_if $skip (i32.ge_s (local.get $i) (local.get $tabLast)))
                  ;; g = gain[i] + (d - i) * slope[i]
                  (local.set $p (i32.add (local.get $tab) (i32.shl (local.get $i) (i32.const 3))))
                  (local.set $g (f32.add (f32.load (local.get $p))
                    (f32.mul (f32.sub (local.get $d) (f32.convert_i32_s (local.get $i))) (f32.load offset=4 (local.get $p)))))
                  ;; azimuth: octant and leg ratio index AZIMUTH_TABLE (int16), as in the four-pixel loop
                  (local.set $ax (f32.abs (local.get $dxf)))
                  (local.set $near (f32.le (local.get $ax) (local.get $ayf)))
                  (local.set $k (i32.load16_s (i32.add (local.get $azimuth) (i32.shl (i32.add
                    (i32.add (i32.add (local.get $rowOct) (i32.mul (f32.ge (local.get $dxf) (f32.const 0)) (i32.shl (local.get $atanRow) (i32.const 1))))
                      (i32.mul (local.get $near) (local.get $atanRow)))
                    (i32.trunc_sat_f32_s (f32.add (select (f32.mul (local.get $ax) (local.get $invDyf))
                      (f32.mul (local.get $ayf) (f32.load (i32.add (local.get $q) (i32.shl (local.get $colStride) (i32.const 1)))))
                      (local.get $near)) (f32.const 0.5)))) (i32.const 1)))))
                  (if (local.get $terr)
                    (then (local.set $g (f32.mul (local.get $g)
                      (call $terrainFactor (local.get $terr) (local.get $terrNRad) (local.get $terrCount) (local.get $terrStepM) (local.get $k) (local.get $d))))))
                  (local.set $k (i32.add (local.get $k) (local.get $turnMinusRot)))
                  ;; cells: a0 = max(A_V * A_H[0], floor), sum = a0 + max(A_V * A_H[1], floor) + ... in cell order
                  (local.set $b (i32.add (local.get $pat) (i32.shl (i32.mul (local.get $k) (local.get $n)) (i32.const 2))))
                  (local.set $av (f32.load (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 2)))))
                  (local.set $a0 (select (local.get $floor) (local.tee $tmp (f32.mul (local.get $av) (f32.load (local.get $b)))) (f32.lt (local.get $tmp) (local.get $floor))))
                  (local.set $sum (local.get $a0))
                  (local.set $j (i32.const 1))
                  (block $cellsDone
                    (loop $cells
                      (br_if $cellsDone (i32.ge_s (local.get $j) (local.get $n)))
                      (local.set $sum (f32.add (local.get $sum) (select (local.get $floor) (local.tee $tmp (f32.mul (local.get $av)
                        (f32.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2)))))) (f32.lt (local.get $tmp) (local.get $floor)))))
                      (local.set $j (i32.add (local.get $j) (i32.const 1)))
                      (br $cells)))
                  (local.set $best64 (f64.promote_f32 (f32.mul (local.get $a0) (local.get $g))))
                  ;; groupSum[px] += floor(double(sum * g) * quantum)
                  (if (local.get $sums)
                    (then
                      (local.set $p (i32.add (local.get $groupSum) (i32.shl (local.get $px) (i32.const 3))))
                      (f64.store (local.get $p) (f64.add (f64.load (local.get $p))
                        (f64.floor (f64.mul (f64.promote_f32 (f32.mul (local.get $sum) (local.get $g))) (local.get $quantum)))))))
                  ;; best server (sites come in ascending order: a tie keeps the earlier one) and,
                  ;; with $keep, the runner-up: the old best, or this site if it beats the runner-up
                  (local.set $p (i32.add (local.get $bestMw) (i32.shl (local.get $px) (i32.const 3))))
                  (local.set $t0 (f64.load (local.get $p)))
                  (local.set $q (i32.add (local.get $bestSite) (i32.shl (local.get $px) (i32.const 2))))
                  (if (f64.gt (local.get $best64) (local.get $t0))
                    (then
                      (if (local.get $keep)
                        (then
                          (f64.store (i32.add (local.get $secondMw) (i32.shl (local.get $px) (i32.const 3))) (local.get $t0))
                          (i32.store (i32.add (local.get $secondSite) (i32.shl (local.get $px) (i32.const 2))) (i32.load (local.get $q)))))
                      (f64.store (local.get $p) (local.get $best64))
                      (i32.store (local.get $q) (local.get $s)))
                    (else
                      (if (local.get $keep)
                        (then
                          (local.set $p (i32.add (local.get $secondMw) (i32.shl (local.get $px) (i32.const 3))))
                          (if (f64.gt (local.get $best64) (f64.load (local.get $p)))
                            (then
                              (f64.store (local.get $p) (local.get $best64))
                              (i32.store (i32.add (local.get $secondSite) (i32.shl (local.get $px) (i32.const 2))) (local.get $s))))))))
                  )
                (local.set $c (i32.add (local.get $c) (i32.const 1)))
                (br $cols)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))
    (local.get $evals))

  ;; Running counts of inside pixels for rows r0..r1 of a w-wide tile: out[r * (w + 1) + c] (int32)
  ;; = inside pixels of row r left of column c, c = 0..w (what splat's evaluation count reads).
  (func (export "countInside") (param $inside i32) (param $w i32) (param $r0 i32) (param $r1 i32) (param $out i32)
    (local $r i32) (local $c i32) (local $count i32) (local $in i32) (local $o i32)
    (local.set $r (local.get $r0))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_s (local.get $r) (local.get $r1)))
        (local.set $in (i32.add (local.get $inside) (i32.mul (local.get $r) (local.get $w))))
        (local.set $o (i32.add (local.get $out) (i32.shl (i32.mul (local.get $r) (i32.add (local.get $w) (i32.const 1))) (i32.const 2))))
        (i32.store (local.get $o) (i32.const 0))
        (local.set $count (i32.const 0))
        (local.set $c (i32.const 0))
        (block $colsDone
          (loop $cols
            (br_if $colsDone (i32.ge_s (local.get $c) (local.get $w)))
            (local.set $count (i32.add (local.get $count) (i32.load8_u (i32.add (local.get $in) (local.get $c)))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (i32.store (i32.add (local.get $o) (i32.shl (local.get $c) (i32.const 2))) (local.get $count))
            (br $cols)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows))))

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
