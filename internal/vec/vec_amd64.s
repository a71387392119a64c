#include "textflag.h"

// func add(dst, src *int32, n int)
// Sixteen elements a turn, then four, then one.
TEXT ·add(SB), NOSPLIT, $0-24
	MOVQ	dst+0(FP), DI
	MOVQ	src+8(FP), SI
	MOVQ	n+16(FP), CX
	CMPQ	CX, $16
	JB	four
sixteen:
	MOVOU	(SI), X0
	MOVOU	16(SI), X1
	MOVOU	32(SI), X2
	MOVOU	48(SI), X3
	MOVOU	(DI), X4
	MOVOU	16(DI), X5
	MOVOU	32(DI), X6
	MOVOU	48(DI), X7
	PADDL	X4, X0
	PADDL	X5, X1
	PADDL	X6, X2
	PADDL	X7, X3
	MOVOU	X0, (DI)
	MOVOU	X1, 16(DI)
	MOVOU	X2, 32(DI)
	MOVOU	X3, 48(DI)
	ADDQ	$64, SI
	ADDQ	$64, DI
	SUBQ	$16, CX
	CMPQ	CX, $16
	JAE	sixteen
four:
	CMPQ	CX, $4
	JB	one
	MOVOU	(SI), X0
	MOVOU	(DI), X4
	PADDL	X4, X0
	MOVOU	X0, (DI)
	ADDQ	$16, SI
	ADDQ	$16, DI
	SUBQ	$4, CX
	JMP	four
one:
	TESTQ	CX, CX
	JZ	done
	MOVL	(SI), AX
	ADDL	AX, (DI)
	ADDQ	$4, SI
	ADDQ	$4, DI
	DECQ	CX
	JMP	one
done:
	RET

// func sum3(dst, a, b, c *int32, n int)
// Eight elements a turn, then four, then one.
TEXT ·sum3(SB), NOSPLIT, $0-40
	MOVQ	dst+0(FP), DI
	MOVQ	a+8(FP), SI
	MOVQ	b+16(FP), R8
	MOVQ	c+24(FP), R9
	MOVQ	n+32(FP), CX
	CMPQ	CX, $8
	JB	four
eight:
	MOVOU	(SI), X0
	MOVOU	16(SI), X1
	MOVOU	(R8), X2
	MOVOU	16(R8), X3
	MOVOU	(R9), X4
	MOVOU	16(R9), X5
	PADDL	X2, X0
	PADDL	X3, X1
	PADDL	X4, X0
	PADDL	X5, X1
	MOVOU	X0, (DI)
	MOVOU	X1, 16(DI)
	ADDQ	$32, SI
	ADDQ	$32, R8
	ADDQ	$32, R9
	ADDQ	$32, DI
	SUBQ	$8, CX
	CMPQ	CX, $8
	JAE	eight
four:
	CMPQ	CX, $4
	JB	one
	MOVOU	(SI), X0
	MOVOU	(R8), X2
	MOVOU	(R9), X4
	PADDL	X2, X0
	PADDL	X4, X0
	MOVOU	X0, (DI)
	ADDQ	$16, SI
	ADDQ	$16, R8
	ADDQ	$16, R9
	ADDQ	$16, DI
	SUBQ	$4, CX
one:
	TESTQ	CX, CX
	JZ	done
	MOVL	(SI), AX
	ADDL	(R8), AX
	ADDL	(R9), AX
	MOVL	AX, (DI)
	ADDQ	$4, SI
	ADDQ	$4, R8
	ADDQ	$4, R9
	ADDQ	$4, DI
	DECQ	CX
	JMP	one
done:
	RET
