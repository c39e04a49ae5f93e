"""Mandates: the record of a buyer's consent to future off-session Kakao Pay charges."""

from __future__ import annotations

from stripe.params import MandateRetrieveParams

from kpadmin.sandbox.core import Ctx, Obj, Routes

routes = Routes()


@routes.get("/v1/mandates/{id}", MandateRetrieveParams)
def retrieve_mandate(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "mandate")
