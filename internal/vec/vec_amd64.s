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

// func argMax(s *int32, n int) (int, int32)
// The greatest four lanes at a time (a signed compare and a blend, as
// SSE2 has no PMAXSD), then the rest one by one; then the first element
// equal to it, four at a time, then one by one.
TEXT ·argMax(SB), NOSPLIT, $0-28
	MOVQ	s+0(FP), SI
	MOVQ	n+8(FP), CX
	MOVL	(SI), AX
	MOVQ	CX, DX
	ANDQ	$-4, DX
	XORQ	BX, BX
	TESTQ	DX, DX
	JZ	tailmax
	MOVOU	(SI), X0
	MOVQ	$4, BX
vmax:
	CMPQ	BX, DX
	JAE	hmax
	MOVOU	(SI)(BX*4), X1
	MOVO	X1, X2
	PCMPGTL	X0, X2
	PAND	X2, X1
	PANDN	X0, X2
	POR	X1, X2
	MOVO	X2, X0
	ADDQ	$4, BX
	JMP	vmax
hmax:
	PSHUFD	$0x4e, X0, X1
	MOVO	X1, X2
	PCMPGTL	X0, X2
	PAND	X2, X1
	PANDN	X0, X2
	POR	X1, X2
	MOVO	X2, X0
	PSHUFD	$0xb1, X0, X1
	MOVO	X1, X2
	PCMPGTL	X0, X2
	PAND	X2, X1
	PANDN	X0, X2
	POR	X1, X2
	MOVQ	X2, AX
tailmax:
	CMPQ	BX, CX
	JAE	find
	MOVL	(SI)(BX*4), R8
	CMPL	R8, AX
	JLE	nextmax
	MOVL	R8, AX
nextmax:
	INCQ	BX
	JMP	tailmax
find:
	MOVQ	AX, X3
	PSHUFD	$0, X3, X3
	XORQ	BX, BX
vfind:
	CMPQ	BX, DX
	JAE	sfind
	MOVOU	(SI)(BX*4), X1
	PCMPEQL	X3, X1
	MOVMSKPS	X1, R9
	TESTL	R9, R9
	JNZ	found
	ADDQ	$4, BX
	JMP	vfind
found:
	BSFL	R9, R9
	ADDQ	R9, BX
	JMP	done
sfind:
	MOVL	(SI)(BX*4), R8
	CMPL	R8, AX
	JEQ	done
	INCQ	BX
	JMP	sfind
done:
	MOVQ	BX, ret+16(FP)
	MOVL	AX, ret1+24(FP)
	RET
