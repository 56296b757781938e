package org.preau.engine.solve;

/** How the two kinds of tuples book time, for {@link WeekLoadCollector}. */
final class UseBookings {

    private UseBookings() {
    }

    static final class OfResourceUse implements WeekLoadCollector.Booking<ResourceUse> {
        @Override
        public boolean placed(ResourceUse use) {
            return use.block().isPlaced();
        }

        @Override
        public int resource(ResourceUse use) {
            return use.resource();
        }

        @Override
        public boolean clashChecked(ResourceUse use) {
            return use.clashChecked();
        }

        @Override
        public int day(ResourceUse use) {
            return use.block().day();
        }

        @Override
        public long periods(ResourceUse use) {
            return use.periodMask() << use.block().period();
        }

        @Override
        public int weeks(ResourceUse use) {
            return use.weekMask();
        }
    }

    static final class OfRoom implements WeekLoadCollector.Booking<RoomSlotUse> {
        @Override
        public boolean placed(RoomSlotUse use) {
            return true;
        }

        @Override
        public int resource(RoomSlotUse use) {
            return use.room();
        }

        @Override
        public boolean clashChecked(RoomSlotUse use) {
            return true;
        }

        @Override
        public int day(RoomSlotUse use) {
            return use.day();
        }

        @Override
        public long periods(RoomSlotUse use) {
            return use.periods();
        }

        @Override
        public int weeks(RoomSlotUse use) {
            return use.weeks();
        }
    }
}
